/** The local workspace's model versions as promote.ts reads and writes them (`shared/local/models.ts`). */
import { editLocalModelTags, listLocalModels, resolveLocalModel } from '../local/index.js';
import type { LocalWorkspace } from '../local/index.js';
import type { ModelTagStore } from './promote.js';

export function localModelTagStore(ws: LocalWorkspace): ModelTagStore {
  return {
    where: `local workspace ${ws.root}`,
    async resolve(name, selector) {
      const model = await resolveLocalModel(ws, name, selector);
      return { version: model.version, id: model.path, tags: model.tags };
    },
    async holders(name, tag) {
      return (await listLocalModels(ws, name)).filter((m) => m.tags[tag.key] === tag.value).map((m) => m.version);
    },
    updateTags: (name, version, edit) => editLocalModelTags(ws, name, version, edit),
  };
}
