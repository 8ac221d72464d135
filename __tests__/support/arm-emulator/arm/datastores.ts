/**
 * Datastores: list (`count` is the page size, `$skip` the continuation; `isDefault`, `names`, `searchText`,
 * `orderBy`/`orderByAsc` honoured), get (never secrets), PUT, listSecrets, delete. The workspace starts with
 * `workspaceblobstore` (default, AccountKey) and `workspaceartifactstore`, both on the account in `settings.datastore`
 * (Azurite's devstoreaccount1 unless told otherwise).
 */
import type { EmulatorContext } from '../context.js';
import type { EmulatorSettings } from '../options.js';
import type { EmuRequest } from '../http.js';
import { ArmError, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, objectAt, stringAt } from '../json.js';
import type { Router } from '../router.js';
import type { DatastoreRecord, EmulatorState, StoredResource } from '../state.js';
import { key } from '../state.js';
import { addDeleteRoute, addListRoute, childResource, childRoutes, putName, requireBody } from './common.js';
import { Problems } from './validation.js';

const DATASTORE_TYPES = ['AzureBlob', 'AzureDataLakeGen1', 'AzureDataLakeGen2', 'AzureFile'];
const CREDENTIAL_TYPES = ['AccountKey', 'Certificate', 'None', 'Sas', 'ServicePrincipal'];

export function registerDatastoreRoutes(router: Router, ctx: EmulatorContext): void {
  const { settings: s, state } = ctx;
  const { list, one, find } = childRoutes(s, state.datastores, 'datastores', 'name');

  addListRoute(
    router,
    list,
    s,
    (req) => listDatastores(req, state),
    (req) => Number(req.query.get('count') ?? 30) || 30,
  );
  router.add('GET', one, 'arm', (req) => json(200, clone(find(req).resource)));
  router.add('POST', `${one}/listSecrets`, 'arm', (req) => {
    const record = find(req);
    if (!record.secrets) {
      throw new ArmError(
        400,
        'UserError',
        `Datastore '${record.resource.name}' has credentials of type None; it has no secrets.`,
      );
    }
    return json(200, clone(record.secrets));
  });
  router.add('PUT', one, 'arm', (req) => {
    const name = putName(req, s, 'name', 'Datastore');
    const existing = state.datastores.get(key(name));
    const record = datastoreFromBody(s, name, requireBody(req), existing?.resource.properties.isDefault === true);
    state.datastores.set(key(name), record);
    return json(existing ? 200 : 201, clone(record.resource));
  });
  addDeleteRoute(router, one, s, (req) => state.datastores.delete(key(req.params.name)));
}

function listDatastores(req: EmuRequest, state: EmulatorState): StoredResource[] {
  const q = req.query;
  let all = [...state.datastores.values()].map((r) => r.resource);
  const isDefault = q.get('isDefault');
  if (isDefault !== null) all = all.filter((r) => (r.properties.isDefault === true) === (isDefault === 'true'));
  const names = q.get('names');
  if (names) {
    const wanted = names.split(',').map(key);
    all = all.filter((r) => wanted.includes(key(r.name)));
  }
  const search = q.get('searchText');
  if (search) all = all.filter((r) => key(r.name).includes(key(search)));
  if (q.get('orderBy')) {
    all.sort((a, b) => a.name.localeCompare(b.name));
    if (q.get('orderByAsc') === 'false') all.reverse();
  }
  return all;
}

/** A datastore from a PUT body; secrets are split off (write-only) and 400 names every missing field. */
export function datastoreFromBody(
  s: EmulatorSettings,
  name: string,
  body: JsonObject,
  isDefault: boolean,
): DatastoreRecord {
  const props = clone(objectAt(body, 'properties') ?? {});
  const credentials = objectAt(props, 'credentials');
  const problems = new Problems();
  const type = stringAt(props, 'datastoreType');
  problems.required('properties.datastoreType', type);
  if (type && !DATASTORE_TYPES.includes(type))
    problems.add('properties.datastoreType', `Unknown datastoreType '${type}'; valid: ${DATASTORE_TYPES.join(', ')}.`);
  const credentialsType = stringAt(credentials, 'credentialsType');
  problems.required('properties.credentials.credentialsType', credentialsType);
  if (credentialsType && !CREDENTIAL_TYPES.includes(credentialsType))
    problems.add('properties.credentials.credentialsType', `Unknown credentialsType '${credentialsType}'.`);
  if (type === 'AzureBlob' || type === 'AzureDataLakeGen2') {
    problems.required('properties.accountName', stringAt(props, 'accountName'));
    problems.required(
      type === 'AzureBlob' ? 'properties.containerName' : 'properties.filesystem',
      stringAt(props, type === 'AzureBlob' ? 'containerName' : 'filesystem'),
    );
  }
  if ((credentialsType === 'AccountKey' || credentialsType === 'Sas') && !objectAt(credentials, 'secrets')) {
    problems.add('properties.credentials.secrets', `Credentials of type ${credentialsType} need 'secrets'.`);
  }
  problems.throwIfAny(`Datastore '${name}'`);
  const secrets = objectAt(credentials, 'secrets');
  // The service answers the secrets' type without their values (2025-12-01 examples: `secrets: {secretsType}`).
  if (credentials && secrets) credentials.secrets = { secretsType: secrets.secretsType ?? null };
  const resource = childResource(s, `datastores/${name}`, {
    description: null,
    tags: {},
    properties: null,
    endpoint: 'core.windows.net',
    protocol: 'https',
    serviceDataAccessAuthIdentity: 'None',
    ...props,
    isDefault,
  });
  return { resource, secrets };
}

/** `workspaceblobstore` (default) and `workspaceartifactstore` on the configured storage account. */
export function defaultDatastores(s: EmulatorSettings): Map<string, DatastoreRecord> {
  const d = s.datastore;
  const blob = (containerName: string): JsonObject => ({
    properties: {
      datastoreType: 'AzureBlob',
      accountName: d.accountName,
      containerName,
      endpoint: d.endpoint,
      protocol: d.protocol,
      credentials: { credentialsType: 'AccountKey', secrets: { secretsType: 'AccountKey', key: d.accountKey } },
    },
  });
  return new Map([
    ['workspaceblobstore', datastoreFromBody(s, 'workspaceblobstore', blob(d.containerName), true)],
    ['workspaceartifactstore', datastoreFromBody(s, 'workspaceartifactstore', blob('azureml'), false)],
  ]);
}
