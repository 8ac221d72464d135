/** The example's inference API (project/inference/app.py) served by python3 on a free local port. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectDir } from './paths.js';

export interface RunningApi {
  url: string;
  stop(): void;
}

/** Starts app.py on a free port and resolves once it listens, with the URL read from the line it prints then. */
export function startApi(env: Record<string, string>): Promise<RunningApi> {
  const api: ChildProcess = spawn('python3', [path.join(projectDir, 'inference', 'app.py')], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its access log goes to stderr; kept to explain an early exit, not printed.
  let stderr = '';
  api.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    api.once('exit', (code) => reject(new Error(`app.py exited with ${code} before listening:\n${stderr}`)));
    createInterface({ input: api.stdout! }).once('line', (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ url, stop: () => api.kill() });
      else reject(new Error(`unexpected first line: ${line}`));
    });
  });
}
