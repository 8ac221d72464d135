import { availableParallelism, cpus, freemem, hostname, totalmem } from 'node:os';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { CommandComponent } from '../pipeline/component.js';
import { commandPrograms } from './command.js';
import { commandShell, findOnPath } from './process.js';

/** ensure-compute on the local backend: the runner is the compute; nothing is created or started. */
export interface LocalComputeResult {
  name: string;
  id: string;
  computeType: 'Local';
  state: 'Running';
  created: false;
  started: false;
  updated: string[];
  cpus: number;
  /** How many steps the local backend runs at once by default. */
  maxParallel: number;
  memoryBytes: { total: number; free: number };
  shell: string;
  /** Program -> where it was found on PATH. */
  programs: Record<string, string>;
}

/**
 * Checks that every program the components' commands start (python, Rscript, ...) is on PATH, so a missing
 * interpreter fails here, named, rather than as "command not found" in the middle of a pipeline.
 */
export async function ensureLocalCompute(options: {
  components: readonly CommandComponent[];
  path?: string;
  log: Logger;
}): Promise<LocalComputeResult> {
  const { log } = options;
  const needed = new Map<string, CommandComponent[]>();
  for (const component of options.components) {
    for (const program of commandPrograms(component.command)) {
      // Paths such as ./run.sh come with the code snapshot, not from PATH.
      if (program.includes('/')) continue;
      needed.set(program, [...(needed.get(program) ?? []), component]);
    }
  }
  const programs: Record<string, string> = {};
  const missing: string[] = [];
  for (const [program, users] of needed) {
    const found = await findOnPath(program, options.path ?? process.env.PATH);
    if (found) programs[program] = found;
    else missing.push(`'${program}' (used by ${users.map((c) => c.name ?? c.file).join(', ')})`);
  }
  if (missing.length) {
    throw new UserError(
      `The runner cannot run these components: ${missing.join('; ')} not found on PATH. Install it in an earlier ` +
        `step (e.g. actions/setup-python) or use a runner that has it.`,
      options.components.length === 1 ? options.components[0].loc : undefined,
    );
  }
  const result: LocalComputeResult = {
    name: hostname(),
    id: `local://${hostname()}`,
    computeType: 'Local',
    state: 'Running',
    created: false,
    started: false,
    updated: [],
    cpus: cpus().length,
    maxParallel: availableParallelism(),
    memoryBytes: { total: totalmem(), free: freemem() },
    shell: await commandShell(),
    programs,
  };
  const found = Object.entries(programs).map(([p, at]) => `${p} -> ${at}`);
  log.info(
    `Local compute ${result.name}: ${result.maxParallel} CPU(s), shell ${result.shell}${found.length ? `; ${found.join(', ')}` : ''}.`,
  );
  return result;
}
