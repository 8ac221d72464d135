import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

/** A metric as MLflow's file store keeps it: one `timestamp value step` line per logged value. */
export interface MetricPoint {
  timestamp: number;
  value: number;
  step: number;
}

/**
 * The values of `metric` logged under a file-store root (`MLFLOW_TRACKING_URI=file:<root>`):
 * `<root>/<experiment id>/<run id>/metrics/<metric>`, every run of every experiment, in log order.
 */
export async function readMetric(root: string, metric: string): Promise<MetricPoint[]> {
  const points: MetricPoint[] = [];
  for (const experiment of await dirs(root)) {
    if (experiment.startsWith('.') || experiment === 'models') continue;
    for (const run of await dirs(join(root, experiment))) {
      const text = await readFile(join(root, experiment, run, 'metrics', metric), 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        const [timestamp, value, step] = line.trim().split(/\s+/).map(Number);
        if (line.trim() && Number.isFinite(value)) points.push({ timestamp, value, step: step || 0 });
      }
    }
  }
  return points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
}

async function dirs(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

/** Whether the runner's python can `import mlflow` (how a trial logs the metric the sweep reads). */
export function mlflowImportable(env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('python3', ['-c', 'import mlflow'], { env, stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
