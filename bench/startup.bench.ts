/**
 * Start-up cost of an action bundle: from process start to its first ARM request (and to its first request
 * of any kind, the sign-in), beside a bare `node -e ""` started the same way in the same run.
 * Run: npm run bench -- startup
 */
import { spawn } from 'node:child_process';
import { bundle, runAction } from '../__tests__/support/action-runner.js';
import { startArmEmulator } from '../__tests__/support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../__tests__/support/azure/azure-action-env.js';
import { printRatios } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function bareNode(): Promise<number> {
  const start = Date.now();
  return new Promise((resolve) => spawn(process.execPath, ['-e', '']).on('close', () => resolve(Date.now() - start)));
}

test('bundle start-up vs bare node', async () => {
  const emu = await startArmEmulator();
  emu.seed.computeInstance('ci-dev', { state: 'Running' });
  const bare: number[] = [];
  const toFirstRequest: number[] = [];
  const toFirstArm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNode());
    emu.requests.records.length = 0;
    const started = Date.now();
    const run = await runAction(bundle('ensure-compute'), {
      inputs: { ...azureInputs(emu), name: 'ci-dev' },
      env: azureEnv(emu),
    });
    if (run.exitCode !== 0) throw new Error(run.log);
    const times = emu.requests.records.map((r) => ({
      t: Date.parse(r.time) - started,
      arm: r.path.startsWith('/subscriptions/'),
    }));
    toFirstRequest.push(times[0].t);
    toFirstArm.push(times.find((x) => x.arm)!.t);
  }
  await emu.close();
  printRatios('ensure-compute start-up (process start -> first request seen by the emulator)', [
    { name: 'bare node -e "" (start to exit)', samples: bare },
    { name: 'bundle: start -> first request (sign-in)', samples: toFirstRequest },
    { name: 'bundle: start -> first ARM request', samples: toFirstArm },
  ]);
  expect(toFirstArm.length).toBe(RUNS);
});
