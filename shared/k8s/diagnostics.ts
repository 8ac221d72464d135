/**
 * What a user needs to see when a rollout fails: the workload's recent events, the failing pods' reasons,
 * and the last log lines of containers that crashed.
 */
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { KubeClient } from './kube-client.js';
import { describeObject, type KubeEvent } from './objects.js';
import type { RolloutFailure } from './rollout.js';

const RECENT_EVENTS = 15;
const LOG_LINES = 20;

/** client-node turns timestamps into Dates; a raw API response has strings. Both sort as ISO text. */
function eventTime(e: KubeEvent): string {
  const t: unknown = e.lastTimestamp ?? e.eventTime;
  return t instanceof Date ? t.toISOString() : String(t ?? '');
}

export function formatEvent(e: KubeEvent): string {
  const count = e.count && e.count > 1 ? ` (x${e.count})` : '';
  const on = `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`;
  return `${e.type ?? 'Normal'} ${e.reason ?? ''} ${on}: ${e.message ?? ''}${count}`;
}

/** Prints events and pod reasons; never throws, since it runs while reporting another failure. */
export async function printDiagnostics(client: KubeClient, failure: RolloutFailure, log: Logger): Promise<void> {
  const namespace = failure.workload.metadata.namespace ?? 'default';
  await log.group(`Why ${describeObject(failure.workload)} failed`, async () => {
    const names = [failure.workload.metadata.name ?? '', ...new Set(failure.problems.map((p) => p.pod))];
    try {
      const events = (await Promise.all(names.map((n) => client.listEvents(namespace, n)))).flat();
      events.sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
      log.info(events.length ? 'Recent events:' : 'No events recorded.');
      for (const e of events.slice(-RECENT_EVENTS)) log.info(`  ${formatEvent(e)}`);
    } catch (error) {
      log.warning(`Could not list events: ${errorMessage(error)}`);
    }
    for (const p of failure.problems) {
      log.error(`pod ${p.pod}${p.container ? ` container ${p.container}` : ''}: ${p.reason}: ${p.message}`);
      if (!p.crashed || !p.container) continue;
      try {
        const text = await client.podLog(namespace, p.pod, p.container, LOG_LINES);
        log.info(`Last log lines of ${p.pod}/${p.container} before it crashed:\n${text.trimEnd()}`);
      } catch (error) {
        log.warning(`Could not read the logs of ${p.pod}/${p.container}: ${errorMessage(error)}`);
      }
    }
  });
}
