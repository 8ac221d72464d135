/**
 * What makes a pipeline job "the same job": the workflow job that submits it and a hash of what it
 * submits. Two matrix legs, or two submit steps in one workflow job, share the run id and attempt; only the
 * content tells them apart, so the content hash is part of the deterministic name and a tag on the job,
 * and a job of the same name is attached to only when that tag matches. Both backends use these rules.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { AzureSession } from '../azure/session.js';
import { codeSnapshot } from '../pipeline/hashing.js';
import type { PipelineJob } from '../pipeline/model.js';
import { findJob, studioUrlOf } from './job-resource.js';
import { deterministicJobName, resolveJobName } from './naming.js';
import type { WorkflowRun } from './naming.js';

/** The job tag holding the content hash. */
export const CONTENT_TAG = 'mlops.content_hash';
/** Hex digits of the content hash used in names and tags: 48 bits, ample for the jobs of one run. */
const HASH_LENGTH = 12;

export interface JobIdentity {
  name: string;
  contentHash: string;
  /** The name came from the user (`name:`), not from the run and content. */
  given: boolean;
  /** Tags to put on the job: the content hash. */
  tags: Record<string, string>;
}

/**
 * The job's name and content hash: a given name (made valid) keeps its name, else
 * `<pipeline>-<sha7>-<run id>-<attempt>-<job key>-<hash>`.
 */
export async function jobIdentity(
  given: string | undefined,
  pipeline: PipelineJob,
  run: WorkflowRun,
  log: Pick<Logger, 'info'>,
): Promise<JobIdentity> {
  const contentHash = await pipelineContentHash(pipeline);
  const isGiven = Boolean(given?.trim());
  const name = isGiven
    ? resolveJobName(given, pipeline.name, run, log)
    : deterministicJobName(pipeline.name, run, contentHash);
  return { name, contentHash, given: isGiven, tags: { [CONTENT_TAG]: contentHash } };
}

/**
 * A short sha256 of the resolved pipeline (its YAML with `set`/`inputs` applied and its components loaded)
 * and of the content of every local folder it uses (code snapshots and data, as they would be uploaded).
 * Source locations and the checkout's absolute folder are left out: the same files give the same hash in
 * any checkout, so a re-run finds its job.
 */
export async function pipelineContentHash(pipeline: PipelineJob): Promise<string> {
  const base = dirname(pipeline.file);
  const localFolders = new Set<string>();
  const canonical = JSON.stringify(pipeline, (key, value: unknown) => {
    if (key === 'loc' || key === 'file') return undefined;
    // Absolute strings that exist on disk are the local folders and files the loader resolved.
    if (typeof value === 'string' && isAbsolute(value) && existsSync(value)) {
      localFolders.add(value);
      return relative(base, value).split(sep).join('/');
    }
    return sortedKeys(value);
  });
  const hash = createHash('sha256').update(canonical);
  for (const folder of [...localFolders].sort()) {
    const snapshot = await codeSnapshot(folder);
    hash.update(`\n${relative(base, folder).split(sep).join('/')}=${snapshot.contentHash}`);
  }
  return hash.digest('hex').slice(0, HASH_LENGTH);
}

function sortedKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Throws unless an existing job of this name carries this content hash: attaching to a job with other
 * content would report its result as this step's. `link` is where the user can see the existing job.
 */
export function assertSameContent(
  name: string,
  contentHash: string,
  existingTags: Record<string, string | null> | null | undefined,
  link: string,
): void {
  const theirs = existingTags?.[CONTENT_TAG];
  if (theirs === contentHash) return;
  const what = theirs ? `content hash ${theirs}` : `no content hash (tag '${CONTENT_TAG}')`;
  throw new UserError(
    `A job named '${name}' already exists with other content: it has ${what}, this submission has content ` +
      `hash ${contentHash}. Nothing was submitted. Existing job: ${link} . Job names are unique per workspace: ` +
      `give another 'name' (or leave it empty for a name per run and content), or use 'attach: ${name}' to follow that job.`,
  );
}

/**
 * Read-only, before anything is registered or uploaded: a job that already has this name must have this
 * content, so a reused name fails with nothing written (`submitOrAttach` checks again, for a job created since).
 */
export async function assertNameFitsContent(session: AzureSession, identity: JobIdentity): Promise<void> {
  const existing = await findJob(session, identity.name);
  if (existing)
    assertSameContent(
      identity.name,
      identity.contentHash,
      existing.properties.tags,
      studioUrlOf(session, existing, identity.name),
    );
}
