/**
 * A connection reset on a run-history route is retried and the job followed to its end; then the process must
 * exit, not wait out a timer of the retried request. The data-plane attempt timeout is 60 s, so each bundle is
 * given 45 s to exit on its own (SIGKILL after that): a process held open by that timer cannot pass, while a
 * run that exits when its work is done (a few seconds here) has a wide margin even on a busy machine.
 */
import path from 'node:path';
import { repoRoot, type RunResult } from '../../support/action-runner.js';
import { useSeedPipelineWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const seedPipeline = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed', 'pipeline.yaml');
/** Well below the data plane's 60 s attempt timeout, far above a run's few seconds. */
const EXIT_WITHIN_MS = 45_000;

let ws: EmulatedWorkspace;
useSeedPipelineWorkspace((started) => (ws = started));

function submit(): Promise<RunResult> {
  return ws.run('submit-pipeline', { file: seedPipeline }, { timeoutMs: EXIT_WITHIN_MS });
}

const routes: [string, RegExp | undefined][] = [
  ['no route (the clean run)', undefined],
  ['/discovery', /^\/discovery$/],
  ['runs/{id}', /\/history\/v1\.0\/.*\/runs\/[^/]+$/],
  ['runs/{id}/children', /\/history\/v1\.0\/.*\/runs\/[^/]+\/children$/],
  ['runs/{id}/details', /\/history\/v1\.0\/.*\/runs\/[^/]+\/details$/],
];

test.each(routes)(
  'after a reset on %s the job is followed to Completed and the process exits',
  async (_, path) => {
    if (path) ws.emu.faults.add({ method: 'GET', path, times: 1, fault: { kind: 'reset' } });

    const run = await submit();

    expect({ exitCode: run.exitCode, signal: run.signal, status: run.outputs.status }).toEqual({
      exitCode: 0,
      signal: null,
      status: 'Completed',
    });
    expect(ws.emu.requests.records.filter((r) => r.fault).length).toBe(path ? 1 : 0);
  },
  60_000,
);
