/**
 * Tags the model versions a pipeline job registered (through a register_model step, which takes no tags) with
 * where they came from: branch, pull request, commit. Then `download-model` can filter `latest` by them
 * (`tag-filter: github.ref=refs/heads/main`) and a branch's models are found and cleaned up by tag.
 */
import type { AzureSession } from '../azure/session.js';
import { pipelineStepRuns } from './resolve.js';

/** Versions looked at per model: a run's registrations are among the newest. */
const NEWEST = 20;

export async function tagModelsRegisteredBy(
  session: AzureSession,
  job: string,
  names: readonly string[],
  tags: Record<string, string>,
): Promise<{ name: string; version: string }[]> {
  if (!names.length) return [];
  // Only versions this job's own steps registered: a reused step's model came from another commit.
  const { steps } = await pipelineStepRuns(session, job);
  steps.add(job);
  const tagged: { name: string; version: string }[] = [];
  for (const name of names) {
    let seen = 0;
    for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: NEWEST })) {
      if (++seen > NEWEST) break;
      if (!v.name || !steps.has(v.properties.jobName ?? '')) continue;
      const current = v.properties.tags ?? {};
      if (Object.entries(tags).every(([k, value]) => current[k] === value)) continue;
      // A version's tags are mutable; everything else is sent back as it was read.
      await session.ml
        .versions('models')
        .createOrUpdate(name, v.name, { properties: { ...v.properties, tags: { ...current, ...tags } } });
      session.log.info(`Tagged model ${name}:${v.name} with ${Object.keys(tags).join(', ')}.`);
      tagged.push({ name, version: v.name });
    }
  }
  return tagged;
}
