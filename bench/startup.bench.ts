/**
 * Start-up cost of every action bundle, beside a bare `node -e ""` measured the same way in the same run
 * (interleaved, medians of BENCH_RUNS rounds):
 * - a step that fails input validation: CPU time (user+sys of the child) and peak memory (max RSS);
 * - a step that gets going: process start -> first network request, and -> first ARM request, as the CPU time
 *   the child had used when it opened that connection, and as wall time;
 * - each bundle's size on disk, and the part loaded at start (index.js).
 * CPU time is read inside the child by a preloaded probe (rusage-probe.mjs), so a shared, busy machine inflates
 * it far less than the wall times. Run: npm run bench -- bench/startup   (BENCH_RUNS=10 by default; STARTUP_DIST=<folder>
 * to measure other bundles, e.g. `git archive <commit> dist | tar -x -C /tmp/old` then STARTUP_DIST=/tmp/old/dist)
 */
import { createServer, type Server, type Socket } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../__tests__/support/action-runner.js';
import { startArmEmulator, type ArmEmulator } from '../__tests__/support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../__tests__/support/azure/azure-action-env.js';
import { eventEnv } from '../__tests__/support/github-events/events.js';
import { printRatios, printValues } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/** Bundles to measure: dist/ by default; STARTUP_DIST=<folder> measures another build (e.g. an older commit's). */
const DIST = process.env.STARTUP_DIST;
const entryOf = (action: string) => (DIST ? path.join(path.resolve(DIST), action, 'index.js') : bundle(action));
const PROBE = path.join(repoRoot, 'bench', 'rusage-probe.mjs');
const SEED = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed');

interface Usage {
  cpuMs: number;
  maxRssKiB: number;
  /** Each outgoing connection: when it was opened (epoch ms) and the CPU time used by then. */
  connects: { at: number; cpuMs: number }[];
}

/** Environment that makes a child report its own CPU time and peak memory into a fresh file. */
function probeEnv(): { env: Record<string, string>; read: () => Usage } {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'rusage-')), 'usage.json');
  return {
    env: { NODE_OPTIONS: `--import ${PROBE}`, RUSAGE_PROBE_OUT: out },
    read: () => JSON.parse(readFileSync(out, 'utf8')) as Usage,
  };
}

/** Bare `node -e ""` with the same probe: wall time from spawn to exit, and its CPU and memory. */
function bareNode(): Promise<Usage & { wallMs: number }> {
  const probe = probeEnv();
  const start = performance.now();
  const child = spawn(process.execPath, ['-e', ''], { env: { PATH: process.env.PATH ?? '', ...probe.env } });
  return new Promise((resolve) =>
    child.on('close', () => resolve({ ...probe.read(), wallMs: performance.now() - start })),
  );
}

/** A TCP port that only notes when the first connection arrives (a registry or API server that never answers). */
interface Listener {
  port: number;
  at(): number | undefined;
  close(): void;
}

async function firstConnection(): Promise<Listener> {
  let at: number | undefined;
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    at ??= performance.now();
    sockets.push(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    at: () => at,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/** A workspace with one Deployment and a kubeconfig whose API server is `port`. */
function k8sWorkspace(port: number): { cwd: string; kubeconfig: string } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'startup-k8s-'));
  mkdirSync(path.join(cwd, 'k8s'));
  writeFileSync(
    path.join(cwd, 'k8s', 'app.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  selector: {matchLabels: {app: app}}\n' +
      '  template:\n    metadata: {labels: {app: app}}\n    spec: {containers: [{name: app, image: "nginx:1"}]}\n',
  );
  const kubeconfig = path.join(cwd, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}", insecure-skip-tls-verify: true}}]\n` +
      'users: [{name: u, user: {token: bench-token}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
  );
  return { cwd, kubeconfig };
}

/** What one measured run needs: its inputs, environment and working folder, and how to read its request times. */
interface Target {
  inputs: Record<string, string>;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Milliseconds (performance.now()) of the first request, and of the first ARM request when there is one
   * (`armAt`: the same in epoch ms, to find the connection that carried it).
   */
  times(): { first?: number; arm?: number; armAt?: number };
  reset(): void;
}

interface Case {
  action: string;
  /** One input with a value the action rejects (the run must fail naming it). */
  badInput: Record<string, string>;
  /** Inputs every run needs besides the bad one (required inputs). */
  required?: Record<string, string>;
  /** How this action reaches the network: the emulated workspace, or a port that notes the first connection. */
  target(emu: ArmEmulator, listener: Listener): Target;
}

/** The ARM emulator's request log as start-relative times: the first request is the sign-in. */
function armTarget(emu: ArmEmulator, inputs: Record<string, string>, cwd?: string): Target {
  // The log stamps wall-clock times; convert them to the performance clock the start is read from.
  const toPerf = (iso: string) => Date.parse(iso) - Date.now() + performance.now();
  return {
    inputs: { ...azureInputs(emu), ...inputs },
    // A push to main, as the runner describes it: the actions that tag what they register read it.
    env: { ...azureEnv(emu), ...eventEnv('push-main') },
    cwd,
    times: () => {
      const records = emu.requests.records;
      const arm = records.find((r) => r.path.startsWith('/subscriptions/'));
      return {
        first: records[0] && toPerf(records[0].time),
        arm: arm && toPerf(arm.time),
        armAt: arm && Date.parse(arm.time),
      };
    },
    reset: () => emu.requests.clear(),
  };
}

/** The example project's online endpoint, for deploy-endpoint (its files are read before any request). */
const EXAMPLE = path.join(repoRoot, 'workflows-examples', 'project');
const ENDPOINT_FILES = { 'endpoint-file': 'endpoint/endpoint.yml', 'deployment-file': 'endpoint/deployment.yml' };

const CASES: Case[] = [
  {
    action: 'ensure-compute',
    badInput: { create: 'maybe' },
    target: (emu) => armTarget(emu, { name: 'ci-dev' }),
  },
  {
    action: 'register-components',
    badInput: { 'dry-run': 'maybe' },
    target: (emu) => armTarget(emu, { components: 'components/**/*.yaml' }, SEED),
  },
  {
    action: 'submit-pipeline',
    badInput: { wait: 'maybe' },
    target: (emu) => armTarget(emu, { file: path.join(SEED, 'pipeline.yaml') }, SEED),
  },
  {
    action: 'download-model',
    badInput: { concurrency: 'lots' },
    required: { name: 'credit-risk' },
    target: (emu) => armTarget(emu, { name: 'credit-risk', version: '1' }),
  },
  {
    action: 'mlops',
    badInput: { 'train-model': 'maybe' },
    required: { 'model-name': 'credit-risk' },
    target: (emu) => armTarget(emu, { 'model-name': 'credit-risk', 'skip-training-pipeline': 'true' }),
  },
  {
    action: 'promote-model',
    badInput: { concurrency: 'lots' },
    required: { name: 'credit-risk', version: '1' },
    target: (emu) => armTarget(emu, { name: 'credit-risk', version: '1' }),
  },
  {
    action: 'deploy-endpoint',
    badInput: { 'keep-failed': 'maybe' },
    required: ENDPOINT_FILES,
    target: (emu) => armTarget(emu, { ...ENDPOINT_FILES, 'model-name': 'credit-risk', 'model-version': '1' }, EXAMPLE),
  },
  {
    action: 'trace',
    badInput: { registry: 'maybe' },
    required: { model: 'credit-risk:1' },
    target: (emu) => armTarget(emu, { model: 'credit-risk:1' }),
  },
  {
    action: 'tag-image',
    badInput: { push: 'maybe' },
    required: { images: 'localhost/app' },
    target: (_emu, l) => portTarget(l, { images: `127.0.0.1:${l.port}/app`, source: 'main' }),
  },
  {
    action: 'k8s-deploy',
    badInput: { 'dry-run': 'maybe' },
    required: { manifests: 'k8s/' },
    target: (_emu, l) => {
      const ws = k8sWorkspace(l.port);
      return portTarget(l, { manifests: 'k8s/', timeout: '1' }, ws.cwd, { KUBECONFIG: ws.kubeconfig });
    },
  },
];

function portTarget(l: Listener, inputs: Record<string, string>, cwd?: string, env?: Record<string, string>): Target {
  return {
    inputs,
    cwd,
    env: { ...eventEnv('push-main'), ...env },
    times: () => ({ first: l.at() }),
    reset: () => undefined,
  };
}

function bundleBytes(action: string): { total: number; entry: number; files: number } {
  const dir = path.dirname(entryOf(action));
  const files = readdirSync(dir).map((f) => statSync(path.join(dir, f)).size);
  return { total: files.reduce((a, b) => a + b, 0), entry: statSync(entryOf(action)).size, files: files.length };
}

const MiB = 1024 * 1024;

test('bundle start-up vs bare node', async () => {
  const emu = await startArmEmulator();
  emu.seed.computeInstance('ci-dev', { state: 'Running' });
  const bare = { cpu: [] as number[], rss: [] as number[], wall: [] as number[] };
  const rows = new Map(
    CASES.map((c) => [
      c.action,
      {
        cpu: [] as number[],
        rss: [] as number[],
        first: [] as number[],
        arm: [] as number[],
        firstCpu: [] as number[],
        armCpu: [] as number[],
        runRss: [] as number[],
      },
    ]),
  );
  for (let i = 0; i < RUNS; i++) {
    for (const c of CASES) {
      const b = await bareNode();
      bare.cpu.push(b.cpuMs);
      bare.rss.push(b.maxRssKiB / 1024);
      bare.wall.push(b.wallMs);
      const row = rows.get(c.action)!;

      const failing = probeEnv();
      const bad = await runAction(entryOf(c.action), {
        inputs: { ...c.required, ...c.badInput },
        env: failing.env,
        cwd: mkdtempSync(path.join(tmpdir(), 'startup-')),
      });
      const badName = Object.keys(c.badInput)[0];
      if (bad.exitCode === 0 || !bad.log.includes(badName))
        throw new Error(`${c.action} did not fail on its '${badName}' input:\n${bad.log}`);
      const u = failing.read();
      row.cpu.push(u.cpuMs);
      row.rss.push(u.maxRssKiB / 1024);

      const listener = await firstConnection();
      const target = c.target(emu, listener);
      target.reset();
      const working = probeEnv();
      let started = 0;
      const run = await runAction(entryOf(c.action), {
        inputs: target.inputs,
        env: { ...target.env, ...working.env },
        cwd: target.cwd,
        timeoutMs: 60_000,
        onStart: () => (started = performance.now()),
      });
      listener.close();
      const t = target.times();
      if (t.first === undefined) throw new Error(`${c.action} made no request:\n${run.log}`);
      row.first.push(t.first - started);
      if (t.arm !== undefined) row.arm.push(t.arm - started);
      const usage = working.read();
      row.runRss.push(usage.maxRssKiB / 1024);
      if (usage.connects.length) row.firstCpu.push(usage.connects[0].cpuMs);
      // The ARM request went over the last connection opened before the emulator logged it.
      const armConnect = usage.connects.filter((x) => t.armAt !== undefined && x.at <= t.armAt).at(-1);
      if (armConnect) row.armCpu.push(armConnect.cpuMs);
    }
  }
  await emu.close();

  printRatios(`Validation failure: CPU time (user+sys) of the child, x of bare node -e ""`, [
    { name: 'bare node -e ""', samples: bare.cpu, unit: 'ms CPU' },
    ...CASES.map((c) => ({ name: c.action, samples: rows.get(c.action)!.cpu, unit: 'ms CPU' })),
  ]);
  printRatios('Start -> first network request: CPU time used by then, x of bare node -e "" CPU', [
    { name: 'bare node -e "" (whole run)', samples: bare.cpu, unit: 'ms CPU' },
    ...CASES.map((c) => ({
      name: `${c.action}: to first request`,
      samples: rows.get(c.action)!.firstCpu,
      unit: 'ms CPU',
    })),
  ]);
  printRatios('Start -> first ARM request: CPU time used by then, x of bare node -e "" CPU', [
    { name: 'bare node -e "" (whole run)', samples: bare.cpu, unit: 'ms CPU' },
    ...CASES.filter((c) => rows.get(c.action)!.armCpu.length).map((c) => ({
      name: `${c.action}: to first ARM request`,
      samples: rows.get(c.action)!.armCpu,
      unit: 'ms CPU',
    })),
  ]);
  printRatios('Start -> first network request (wall; noisy on a shared machine), x of bare node start to exit', [
    { name: 'bare node -e "" (start to exit)', samples: bare.wall },
    ...CASES.map((c) => ({ name: `${c.action}: start -> first request`, samples: rows.get(c.action)!.first })),
  ]);
  printRatios('Start -> first ARM request (wall; noisy on a shared machine), x of bare node start to exit', [
    { name: 'bare node -e "" (start to exit)', samples: bare.wall },
    ...CASES.filter((c) => rows.get(c.action)!.arm.length).map((c) => ({
      name: `${c.action}: start -> first ARM request`,
      samples: rows.get(c.action)!.arm,
    })),
  ]);
  printRatios('Peak memory (max RSS), x of bare node -e ""', [
    { name: 'bare node -e ""', samples: bare.rss, unit: 'MiB' },
    ...CASES.flatMap((c) => [
      { name: `${c.action}: validation failure`, samples: rows.get(c.action)!.rss, unit: 'MiB' },
      { name: `${c.action}: run to its first requests`, samples: rows.get(c.action)!.runRss, unit: 'MiB' },
    ]),
  ]);
  printValues(
    'Bundle size: all files in dist/<name> (loaded at start: index.js)',
    CASES.flatMap((c) => {
      const b = bundleBytes(c.action);
      return [
        { name: `${c.action} (${b.files} files)`, value: b.total / MiB, unit: 'MiB' },
        // In KiB: index.js holds only what reads and checks the inputs, a tenth of a MiB or less.
        { name: `${c.action} index.js`, value: b.entry / 1024, unit: 'KiB' },
      ];
    }),
  );
  expect(rows.get('ensure-compute')!.arm).toHaveLength(RUNS);
});
