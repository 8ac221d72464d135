/** What every ARM route shares: the workspace scope, resource ids, systemData, paging and name rules. */
import type { EmulatorSettings } from '../options.js';
import type { EmuRequest } from '../http.js';
import { ArmError, badRequest, json } from '../http.js';
import type { JsonObject, JsonValue } from '../json.js';
import { clone } from '../json.js';
import type { Router } from '../router.js';
import { key, type StoredResource } from '../state.js';

export const PROVIDER = 'Microsoft.MachineLearningServices';

/** Route pattern of the workspace; child routes append to it. */
export const WORKSPACE_PATTERN = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${PROVIDER}/workspaces/{workspaceName}`;

export function workspaceId(s: EmulatorSettings): string {
  return `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/${PROVIDER}/workspaces/${s.workspace}`;
}

/** What ARM accepts as an api-version at all (a date, optionally with a suffix such as -preview). */
const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(-[a-z]+)?$/i;

/** The ARM resource type a path names: `workspaces`, `workspaces/computes`, `locations/mfeOperationResults`, ... */
export function resourceTypeOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const at = segments.findIndex((x) => x.toLowerCase() === PROVIDER.toLowerCase());
  if (at < 0) return PROVIDER;
  const types = segments.slice(at + 1).filter((_, i) => i % 2 === 0);
  return types.join('/');
}

/** The name rule of the ARM operations' path parameters (computes excepted, see compute-validation.ts). */
export const ARM_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

export function requireArmName(name: string, what: string): void {
  if (!ARM_NAME_PATTERN.test(name)) {
    throw badRequest(
      `${what} name '${name}' is invalid: it must match ${ARM_NAME_PATTERN.source} (start with a letter or digit; letters, digits, '-' and '_' only; at most 255 characters).`,
    );
  }
}

/**
 * Checks api-version and that the path names the emulated workspace, answering as ARM does otherwise
 * (ResourceGroupNotFound, ResourceNotFound for the workspace, ParentResourceNotFound for its children).
 */
export function checkScope(req: EmuRequest, s: EmulatorSettings, child: boolean): void {
  const apiVersion = req.query.get('api-version');
  if (!apiVersion) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (!API_VERSION_FORMAT.test(apiVersion)) {
    throw new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${apiVersion}' is invalid. The supported versions are '${s.apiVersions.join(',')}'.`,
    );
  }
  if (!s.apiVersions.includes(apiVersion)) {
    // A well-formed version the provider does not serve: ARM's front door answers for the resource provider.
    throw new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${s.region}' and API version '${apiVersion}' for type ` +
        `'${resourceTypeOf(req.path)}'. The supported api-versions are '${s.apiVersions.join(', ')}'. ` +
        `The supported locations are '${s.region}'.`,
    );
  }
  const { subscriptionId, resourceGroupName, workspaceName } = req.params;
  if (subscriptionId !== undefined && subscriptionId.toLowerCase() !== s.subscriptionId.toLowerCase()) {
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
  }
  if (resourceGroupName !== undefined && resourceGroupName.toLowerCase() !== s.resourceGroup.toLowerCase()) {
    throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroupName}' could not be found.`);
  }
  if (workspaceName !== undefined && workspaceName.toLowerCase() !== s.workspace.toLowerCase()) {
    if (child) {
      throw new ArmError(
        404,
        'ParentResourceNotFound',
        `Can not perform requested operation on nested resource. Parent resource '${workspaceName}' not found.`,
      );
    }
    throw notFound(`${PROVIDER}/workspaces/${workspaceName}`, resourceGroupName ?? s.resourceGroup);
  }
}

/** ARM's 404 for a missing resource. */
export function notFound(typeAndName: string, resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${typeAndName}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

export function systemData(createdAt: string, lastModifiedAt = createdAt): JsonObject {
  return {
    createdAt,
    createdBy: 'emulator@contoso.com',
    createdByType: 'User',
    lastModifiedAt,
    lastModifiedBy: 'emulator@contoso.com',
    lastModifiedByType: 'User',
  };
}

/**
 * A new workspace child at `path` below the workspace (`jobs/x`, `codes/x/versions/1`): its ARM id, name (the
 * last segment), type (`<provider>/workspaces/codes/versions`) and systemData, around `properties`.
 */
export function childResource(
  s: EmulatorSettings,
  path: string,
  properties: JsonObject,
  createdAt = new Date().toISOString(),
): StoredResource {
  const segments = path.split('/');
  const types = segments.filter((_, i) => i % 2 === 0);
  return {
    id: `${workspaceId(s)}/${path}`,
    name: segments[segments.length - 1],
    type: `${PROVIDER}/workspaces/${types.join('/')}`,
    systemData: systemData(createdAt),
    properties,
  };
}

/** The request body as an object, or a 400 like the service's when it is missing or not an object. */
export function requireBody(req: EmuRequest): JsonObject {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body is missing or is not a JSON object.', [], 'InvalidRequestContent');
  }
  return body;
}

/**
 * One page of `items` with an absolute nextLink carrying `$skip` (the SDK treats it as an opaque continuation
 * token and GETs nextLink verbatim, re-appending its own list options).
 */
export function page(req: EmuRequest, items: JsonValue[], pageSize: number, skipParam = '$skip'): JsonObject {
  const offset = Number.parseInt(req.query.get(skipParam) ?? '0', 10) || 0;
  const value = items.slice(offset, offset + pageSize);
  const body: JsonObject = { value };
  if (offset + pageSize < items.length) {
    const next = new URL(req.path, req.origin);
    req.query.forEach((v, k) => next.searchParams.set(k, v));
    next.searchParams.set(skipParam, String(offset + pageSize));
    body.nextLink = next.toString();
  }
  return body;
}

/**
 * The routes of a workspace child collection (`list`: `.../{collection}`, `one`: `.../{collection}/{param}`) and
 * `find`, the child a request names or ARM's 404 for it.
 */
export function childRoutes<T>(s: EmulatorSettings, store: ReadonlyMap<string, T>, collection: string, param: string) {
  const list = `${WORKSPACE_PATTERN}/${collection}`;
  const find = (req: EmuRequest): T => findChild(req, s, store, collection, param);
  return { list, one: `${list}/{${param}}`, find };
}

/** The workspace child (compute, datastore, job) a request names by `req.params[param]`, or ARM's 404 for it. */
export function findChild<T>(
  req: EmuRequest,
  s: EmulatorSettings,
  store: ReadonlyMap<string, T>,
  collection: string,
  param: string,
): T {
  checkScope(req, s, true);
  const found = store.get(key(req.params[param]));
  if (found === undefined) {
    throw notFound(`${PROVIDER}/workspaces/${s.workspace}/${collection}/${req.params[param]}`, s.resourceGroup);
  }
  return found;
}

/** The name a PUT of a workspace child gives in `req.params[param]`, after the scope and ARM's name rule. */
export function putName(req: EmuRequest, s: EmulatorSettings, param: string, what: string): string {
  checkScope(req, s, true);
  requireArmName(req.params[param], what);
  return req.params[param];
}

/** A GET listing a workspace child collection: the scope checked, then `items(req)` copied and paged. */
export function addListRoute(
  router: Router,
  pattern: string,
  s: EmulatorSettings,
  items: (req: EmuRequest) => JsonValue[],
  pageSize: (req: EmuRequest) => number = () => s.pageSize,
): void {
  router.add('GET', pattern, 'arm', (req) => {
    checkScope(req, s, true);
    return json(
      200,
      page(
        req,
        items(req).map((item) => clone(item)),
        pageSize(req),
      ),
    );
  });
}

/** A DELETE of a workspace child: the scope checked, then 200 when `remove(req)` deleted something, else 204. */
export function addDeleteRoute(
  router: Router,
  pattern: string,
  s: EmulatorSettings,
  remove: (req: EmuRequest) => boolean,
): void {
  router.add('DELETE', pattern, 'arm', (req) => {
    checkScope(req, s, true);
    return { status: remove(req) ? 200 : 204 };
  });
}
