/** Loads an event fixture: `<name>.env` (the runner's GITHUB_* variables) and `<name>.json` (its payload). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gitContextFrom, readEventPayload, type GitContext } from '../../../shared/github/git-context.js';

export const eventsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

export type EventName =
  | 'push-main'
  | 'push-feature'
  | 'push-tag'
  | 'push-prerelease'
  | 'push-tag-not-semver'
  | 'pull-request'
  | 'workflow-dispatch'
  | 'schedule';

/** The variables the runner would set for this event, GITHUB_EVENT_PATH included. */
export function eventEnv(name: EventName): Record<string, string> {
  const env: Record<string, string> = { GITHUB_EVENT_PATH: path.join(eventsDir, `${name}.json`) };
  for (const line of readFileSync(path.join(eventsDir, `${name}.env`), 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

export function eventContext(name: EventName): GitContext {
  const env = eventEnv(name);
  return gitContextFrom(env, readEventPayload(env.GITHUB_EVENT_PATH));
}
