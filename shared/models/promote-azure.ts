/**
 * The model versions of an Azure ML workspace as promote.ts reads and writes them. Resolution is download-model's
 * (resolve.ts); a write sends back every property it read, with only the tags changed (tags are the mutable part
 * of a version; the service refuses any other change).
 */
import type { AzureSession } from '../azure/session.js';
import type { ModelTagStore, StageTag, StoredVersion } from './promote.js';
import { resolveModel, type VersionSelector } from './resolve.js';

export function azureModelTagStore(session: AzureSession): ModelTagStore {
  const versions = session.ml.versions('models');
  return {
    where: `workspace '${session.workspace.workspace}'`,
    async resolve(name: string, selector: VersionSelector): Promise<StoredVersion> {
      const found = await resolveModel(session, { name, selector });
      return { version: found.version, id: found.id, tags: found.tags };
    },
    async holders(name: string, tag: StageTag): Promise<string[]> {
      const out: string[] = [];
      // The service filters by tag; the answer is checked again, so a filter it ignored cannot move a tag.
      for await (const v of versions.list(name, { tags: `${tag.key}=${tag.value}`, listViewType: 'All' }))
        if (v.name && v.properties.tags?.[tag.key] === tag.value) out.push(v.name);
      return out;
    },
    async updateTags(name, version, edit) {
      const current = await versions.get(name, version);
      const tags = edit(plainTags(current.properties.tags));
      if (!tags) return plainTags(current.properties.tags);
      const answer = await versions.createOrUpdate(name, version, { properties: { ...current.properties, tags } });
      return plainTags(answer.properties?.tags);
    },
  };
}

function plainTags(tags: Record<string, string | null> | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) out[k] = v ?? '';
  return out;
}
