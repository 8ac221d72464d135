/**
 * The model versions of an Azure ML workspace or registry as promote.ts reads and writes them. Resolution is
 * download-model's (resolve.ts) in a workspace; a write sends back every property it read, with only the tags
 * changed (tags are the mutable part of a version; the service refuses any other change).
 */
import type { ModelVersion } from '../azure/ml-api/types.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { UserError } from '../core/errors.js';
import type { PagedList } from '../azure/ml-api/ml-api.js';
import { sessionInWorkspace } from '../azure/create-session.js';
import type { CopyTarget } from './copy-target.js';
import type { ModelTagStore, StageTag, StoredVersion } from './promote.js';
import { describeSelector, matchesTags, resolveModel, type VersionSelector } from './resolve.js';

/** The store a promotion writes to: the session's workspace, or a copy's target. */
export function azureModelTagStore(session: AzureSession, target?: CopyTarget): ModelTagStore {
  if (target?.kind === 'registry') return registryModelTagStore(session, target.registry, target.resourceGroup);
  const ws = target ? sessionInWorkspace(session, target) : session;
  const versions = ws.ml.versions('models');
  return {
    where: `workspace '${ws.workspace.workspace}'`,
    async resolve(name: string, selector: VersionSelector): Promise<StoredVersion> {
      const found = await resolveModel(ws, { name, selector });
      return { version: found.version, id: found.id, tags: found.tags };
    },
    holders: (name, tag) => holdersIn(versions.list(name, { tags: tagText(tag), listViewType: 'All' }), tag),
    async updateTags(name, version, edit) {
      const current = await versions.get(name, version);
      return writeTags(current, edit, (body) => versions.createOrUpdate(name, version, body));
    },
  };
}

/** A registry's model versions (`registries/{r}/models/{name}/versions`), written through their long-running PUT. */
function registryModelTagStore(session: AzureSession, registry: string, resourceGroup?: string): ModelTagStore {
  const models = session.ml.registryModels(registry, resourceGroup);
  const where = `registry '${registry}'`;
  return {
    where,
    async resolve(name, selector) {
      if (selector.kind === 'version') {
        try {
          return stored(await models.get(name, selector.version));
        } catch (error) {
          if (!isNotFound(error)) throw error;
          throw new UserError(`Model '${name}' has no version ${selector.version} in ${where}.`);
        }
      }
      let best: ModelVersion | undefined;
      for await (const v of models.list(name, { orderBy: 'CreatedAtDesc' }))
        if (matchesTags(v.properties.tags ?? {}, selector) && (!best || created(v) > created(best))) best = v;
      if (!best)
        throw new UserError(`Model '${name}' has no version in ${where} that is ${describeSelector(selector)}.`);
      return stored(best);
    },
    holders: (name, tag) => holdersIn(models.list(name, { tags: tagText(tag) }), tag),
    async updateTags(name, version, edit) {
      const current = await models.get(name, version);
      return writeTags(current, edit, (body) => models.createOrUpdate(name, version, body));
    },
  };
}

const tagText = (tag: StageTag) => `${tag.key}=${tag.value}`;

/** The versions carrying the tag; the service's filter is checked again, so one it ignored moves nothing. */
async function holdersIn(list: PagedList<ModelVersion>, tag: StageTag): Promise<string[]> {
  const out: string[] = [];
  for await (const v of list) if (v.name && v.properties.tags?.[tag.key] === tag.value) out.push(v.name);
  return out;
}

async function writeTags(
  current: ModelVersion,
  edit: (tags: Record<string, string>) => Record<string, string> | undefined,
  put: (body: ModelVersion) => Promise<ModelVersion>,
): Promise<Record<string, string>> {
  const tags = edit(plainTags(current.properties.tags));
  if (!tags) return plainTags(current.properties.tags);
  const { provisioningState: _readOnly, ...properties } = current.properties;
  const answer = await put({ properties: { ...properties, tags } });
  return plainTags(answer.properties?.tags);
}

function stored(v: ModelVersion): StoredVersion {
  return { version: v.name ?? '', id: v.id ?? '', tags: plainTags(v.properties.tags) };
}

const created = (v: ModelVersion) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);

function plainTags(tags: Record<string, string | null> | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) out[k] = v ?? '';
  return out;
}
