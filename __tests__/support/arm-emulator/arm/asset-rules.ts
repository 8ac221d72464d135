/**
 * Per-kind rules of the versioned assets (codes, components, environments, models): required content, which
 * fields are paths, and what may change on an existing version. Versions are immutable except for tags,
 * description and isArchived; a path change is refused with the service's "(UserError) Asset paths cannot be
 * updated." (azure-ai-ml's ASSET_PATH_ERROR compares this exact text), any other content change likewise with
 * a message naming the fields. The status is 400: UserError is the service's client-error class, and neither the
 * swagger nor azure-ai-ml (which catches any HttpResponseError there) names a more specific one.
 */
import type { JsonObject } from '../json.js';
import { clone, isObject, objectAt, stringAt } from '../json.js';
import type { AssetKind } from '../state.js';
import type { Problems } from './validation.js';

export const MUTABLE_VERSION_FIELDS = ['description', 'tags', 'isArchived'];
/** Read-only fields the emulator adds, ignored when comparing a re-PUT. */
export const READ_ONLY_VERSION_FIELDS = ['environmentType', 'provisioningState'];

export const PATH_FIELDS: Record<AssetKind, string[]> = {
  codes: ['codeUri'],
  components: [],
  environments: [],
  models: ['modelUri'],
  data: ['dataUri'],
};

export const SINGULAR: Record<AssetKind, string> = {
  codes: 'Code',
  components: 'Component',
  environments: 'Environment',
  models: 'Model',
  data: 'Data',
};

export function validateVersionBody(kind: AssetKind, props: JsonObject, problems: Problems): void {
  const at = (field: string) => `properties.${field}`;
  if (kind === 'codes') problems.required(at('codeUri'), stringAt(props, 'codeUri'));
  if (kind === 'models') problems.required(at('modelUri'), stringAt(props, 'modelUri'));
  if (kind === 'data') problems.required(at('dataUri'), stringAt(props, 'dataUri'));
  if (kind === 'components' && !isObject(props.componentSpec)) {
    problems.add(at('componentSpec'), "The field 'properties.componentSpec' is required and must be an object.");
  }
  if (kind === 'environments') {
    const build = objectAt(props, 'build');
    if (!stringAt(props, 'image') && !build) {
      problems.add(at('image'), "An environment needs either 'properties.image' or 'properties.build'.");
    }
    if (build) problems.required(at('build.contextUri'), stringAt(build, 'contextUri'));
  }
}

/** A new version's fields: what the body gives over the service's defaults (a workspace's or a registry's). */
export function newVersionFields(props: JsonObject): JsonObject {
  return { description: null, tags: {}, properties: {}, isAnonymous: false, isArchived: false, ...clone(props) };
}

/** The version fields that are content (everything but mutable and read-only fields), with defaults applied. */
export function versionContent(props: JsonObject): JsonObject {
  const content: JsonObject = { isAnonymous: false, properties: {}, ...props };
  for (const field of [...MUTABLE_VERSION_FIELDS, ...READ_ONLY_VERSION_FIELDS]) delete content[field];
  return content;
}
