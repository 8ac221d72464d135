/**
 * promote-model's tag moves, for any store of model versions (an Azure ML workspace, the local workspace): a
 * stage tag (`stage=production`) put on one version and taken off every other version of that model, plus tags
 * added to or removed from the chosen version. Nothing else of a version changes.
 *
 * Model versions carry no ETag in api-version 2025-12-01 (`ModelVersionResource` is a ProxyResource without
 * `etag`, and the PUT takes no If-Match), so a concurrent writer cannot be refused by the service. What this
 * module does instead: every write re-reads the version just before it and applies only its own change to the
 * tags it just read (a tag another writer set meanwhile survives), and every write is checked in its answer.
 * The stage moves version by version; when a write fails part-way the error says which versions were changed
 * and which were not, and the result of what was done is still reported.
 */
import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { VersionSelector } from './resolve.js';

/** A stage tag: `KEY=VALUE`, e.g. `stage=production`. */
export interface StageTag {
  key: string;
  value: string;
}

export interface PromoteRequest {
  name: string;
  selector: VersionSelector;
  /** Moved to the chosen version and off every other version of the model; none: no stage moves. */
  stage?: StageTag;
  /** Tags set on the chosen version. */
  addTags: Record<string, string>;
  /** Tag keys removed from the chosen version. */
  removeTags: string[];
}

/** One version written: the tags it got and the tag keys it lost. */
export interface TagChange {
  version: string;
  set: Record<string, string>;
  removed: string[];
}

export interface PromoteResult {
  name: string;
  version: string;
  /** ARM id (Azure) or folder (local) of the chosen version. */
  id: string;
  /** The versions that held the stage before (the one to promote again to roll back); empty when none did. */
  previous: string[];
  /** Every version written, in order; a version already as asked is not written. */
  changes: TagChange[];
  /** The chosen version's tags afterwards. */
  tags: Record<string, string>;
}

/** A version as the store reads it. */
export interface StoredVersion {
  version: string;
  id: string;
  tags: Record<string, string>;
}

/** What a store of model versions does for a promotion. */
export interface ModelTagStore {
  /** Where the versions live, for messages: "workspace 'mlw'". */
  readonly where: string;
  /** The version a selector names, or a UserError saying what exists. */
  resolve(name: string, selector: VersionSelector): Promise<StoredVersion>;
  /** Every version of the model carrying `key=value`. */
  holders(name: string, tag: StageTag): Promise<string[]>;
  /**
   * Reads the version, applies `edit` to its tags as read now, writes it back (everything else as read) and
   * returns the tags the store answered with; when `edit` answers undefined (nothing to change) nothing is
   * written and the tags read are returned.
   */
  updateTags(name: string, version: string, edit: TagEdit): Promise<Record<string, string>>;
}

/** The new tags, from the tags as read just now; undefined when they are already as asked. */
export type TagEdit = (tags: Record<string, string>) => Record<string, string> | undefined;

/** Thrown when a write failed after others succeeded: the message and `partial` say what was changed. */
export class PartialPromotionError extends UserError {
  override name = 'PartialPromotionError';
  constructor(
    message: string,
    readonly partial: PromoteResult,
  ) {
    super(message);
  }
}

/** Parses `KEY=VALUE` for the `stage` input; `none` (or empty) means no stage moves. */
export function parseStageTag(value: string, input = 'stage'): StageTag | undefined {
  const v = value.trim();
  if (v === '' || v === 'none') return undefined;
  const eq = v.indexOf('=');
  const key = eq < 0 ? '' : v.slice(0, eq).trim();
  const tagValue = eq < 0 ? '' : v.slice(eq + 1).trim();
  if (!key || !tagValue || /[\r\n]/.test(v))
    throw new UserError(`Input '${input}': '${value}' is not KEY=VALUE; write e.g. stage=production, or none.`);
  return { key, value: tagValue };
}

export async function promoteModel(store: ModelTagStore, request: PromoteRequest, log: Logger): Promise<PromoteResult> {
  checkPromoteRequest(request);
  const chosen = await store.resolve(request.name, request.selector);
  const { name } = request;
  const stage = request.stage;
  const holders = stage ? await store.holders(name, stage) : [];
  const others = holders.filter((v) => v !== chosen.version);
  const result: PromoteResult = {
    name,
    version: chosen.version,
    id: chosen.id,
    previous: others,
    changes: [],
    tags: chosen.tags,
  };
  const set = { ...request.addTags, ...(stage ? { [stage.key]: stage.value } : {}) };
  // The chosen version first: a failure leaves two holders (visible, fixed by running again), never none.
  const plan: { version: string; set: Record<string, string>; removed: string[] }[] = [
    { version: chosen.version, set, removed: request.removeTags },
    ...others.map((version) => ({ version, set: {}, removed: [stage!.key] })),
  ];
  for (const [i, step] of plan.entries()) {
    try {
      const change = await applyChange(store, name, step);
      if (step.version === chosen.version) result.tags = change.tags;
      if (change.written) result.changes.push({ version: step.version, set: step.set, removed: step.removed });
      log.info(describeChange(name, step, change.written));
    } catch (error) {
      const notDone = plan.slice(i).map((s) => s.version);
      throw new PartialPromotionError(
        `Writing the tags of ${name}:${step.version} failed: ${errorMessage(error)} ` +
          `Changed before the failure: ${result.changes.map((c) => c.version).join(', ') || 'nothing'}; ` +
          `not changed: ${notDone.join(', ')}. Run the promotion again to finish it.`,
        result,
      );
    }
  }
  return result;
}

/** The request's own contradictions (named by input), before anything is read or written. */
export function checkPromoteRequest(request: PromoteRequest): void {
  const stage = request.stage;
  if (stage && request.removeTags.includes(stage.key))
    throw new UserError(`Input 'remove-tags' removes '${stage.key}', the key 'stage' moves; give one or the other.`);
  const both = request.removeTags.filter((k) => k in request.addTags);
  if (both.length) throw new UserError(`Input 'remove-tags' removes ${both.join(', ')}, which 'add-tags' sets.`);
  if (!stage && !Object.keys(request.addTags).length && !request.removeTags.length)
    throw new UserError("Nothing to do: 'stage' is none and none of 'add-tags', 'remove-tags' or 'copy-to' is given.");
}

/** One version's read-modify-write, skipped when it already is as asked; the answer is checked. */
async function applyChange(
  store: ModelTagStore,
  name: string,
  step: { version: string; set: Record<string, string>; removed: string[] },
): Promise<{ written: boolean; tags: Record<string, string> }> {
  let written = false;
  const tags = await store.updateTags(name, step.version, (current) => {
    const next = { ...current, ...step.set };
    for (const key of step.removed) delete next[key];
    written = !sameTags(current, next);
    return written ? next : undefined;
  });
  const wrong = Object.entries(step.set).some(([k, v]) => tags[k] !== v) || step.removed.some((k) => k in tags);
  if (wrong) throw new Error(`the service answered with tags ${JSON.stringify(tags)}, not the ones written`);
  return { written, tags };
}

function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys({ ...a, ...b });
  return keys.every((k) => k in a && k in b && a[k] === b[k]);
}

function describeChange(
  name: string,
  step: { version: string; set: Record<string, string>; removed: string[] },
  written: boolean,
) {
  const parts = [...Object.entries(step.set).map(([k, v]) => `${k}=${v}`), ...step.removed.map((k) => `-${k}`)];
  return `${name}:${step.version}: ${parts.join(', ')}${written ? '' : ' (already so; not written)'}`;
}
