/**
 * A long pipeline job on the emulator that moves with a simulated clock: `steps` steps run one after another, each
 * for an equal share of `durationMs` (`chain`), or all at once for the whole of it (`fan-out`); each writes a log
 * line when it starts and when it ends. What the follower sees at a simulated time is fixed, whatever the machine's
 * speed (for the pacing tests and the bench).
 */
import { submitOrAttach } from '../../../shared/jobs/submit.js';
import type { SimulatedClock } from '../../support/simulated-clock.js';
import type { JobStep } from '../../support/arm-emulator/index.js';
import { pipelineBody, run } from './jobs-fixture.js';
import type { JobsFixture } from './jobs-fixture.js';

export const stepNames = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `step_${String(i).padStart(3, '0')}`);

/** Submits the job and makes it follow `clock`; the emulator must have `autoAdvance` off. */
export async function submitLongJob(
  fx: JobsFixture,
  clock: SimulatedClock,
  name: string,
  steps: number,
  durationMs: number,
  shape: 'chain' | 'fan-out' = 'chain',
): Promise<void> {
  const names = stepNames(steps);
  const start = clock.now();
  const share = shape === 'chain' ? durationMs / steps : durationMs;
  let last = '';
  const stateAt = (now: number): JobStep => {
    const t = now - start;
    const children: Record<string, string> = {};
    const childLogs: Record<string, Record<string, string>> = {};
    names.forEach((step, i) => {
      const from = shape === 'chain' ? i * share : 0;
      children[step] = t < from ? 'NotStarted' : t < from + share ? 'Running' : 'Completed';
    });
    return { status: t < durationMs ? 'Running' : 'Completed', children, childLogs };
  };
  const apply = (now: number): void => {
    const next = stateAt(now);
    const key = JSON.stringify(next);
    if (key === last) return;
    const before = last ? (JSON.parse(last) as JobStep).children! : {};
    for (const [step, status] of Object.entries(next.children!)) {
      if (before[step] !== status && status !== 'NotStarted')
        next.childLogs![step] = { 'user_logs/std_log.txt': `${step} ${status}\n` };
    }
    last = key;
    fx.emu.jobs.script(name, [next]);
    fx.emu.jobs.advance(name);
  };
  await submitOrAttach(fx.session, { name, body: pipelineBody(names), run });
  apply(start);
  clock.onAdvance(apply);
}
