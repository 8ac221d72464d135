/** Compute routes: list, get, create-or-update (LRO), update (scale settings), start/stop/restart (LRO), delete. */
import type { EmulatorContext } from '../context.js';
import type { EmuRequest, EmuResponse } from '../http.js';
import { ArmError, badRequest, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, jsonEqual, objectAt, stringAt } from '../json.js';
import type { Router } from '../router.js';
import type { StoredResource } from '../state.js';
import { key } from '../state.js';
import { addListRoute, checkScope, childRoutes, requireBody } from './common.js';
import type { ComputeAction } from './compute-model.js';
import {
  ACTIONS,
  beginAction,
  computeType,
  endAction,
  inner,
  newCompute,
  settleProvisioned,
  settleProvisioningFailed,
} from './compute-model.js';
import { validateComputePut, validateScaleSettings } from './compute-validation.js';
import {
  asyncOperationHeader,
  deleteOperationHeaders,
  OPERATION_RESULT_PATTERN,
  OPERATION_STATUS_PATTERN,
} from './lro-headers.js';
import { Problems } from './validation.js';

export function registerComputeRoutes(router: Router, ctx: EmulatorContext): void {
  const { settings: s, state } = ctx;
  const { list: COMPUTES, one: COMPUTE, find } = childRoutes(s, state.computes, 'computes', 'computeName');

  addListRoute(router, COMPUTES, s, () => [...state.computes.values()]);

  router.add('GET', COMPUTE, 'arm', (req) => {
    const compute = find(req);
    // A client waiting by GET (not by polling the operation) must also see transitional states end.
    state.operations.observe(`compute:${key(compute.name)}`);
    return json(200, clone(compute));
  });

  router.add('PUT', COMPUTE, 'arm', (req) => {
    checkScope(req, s, true);
    const body = requireBody(req);
    const name = req.params.computeName;
    validateComputePut(name, body);
    const existing = state.computes.get(key(name));
    return existing ? updateByPut(req, existing, body) : create(req, name, body);
  });

  const create = (req: EmuRequest, name: string, body: JsonObject): EmuResponse => {
    const compute = newCompute(s, name, body, req.origin);
    state.computes.set(key(name), compute);
    const response = clone(compute);
    const opId = startProvisioning(req, compute);
    return json(201, response, asyncOperationHeader(req, s, opId));
  };

  /** Starts the operation that settles `compute` provisioned (or failed, when a fault says so); its id. */
  const startProvisioning = (req: EmuRequest, compute: StoredResource): string =>
    state.operations.start({
      target: `compute:${key(compute.name)}`,
      inProgressPolls: s.lroInProgressPolls,
      failWith: ctx.faults.takeLroFailure(req),
      onSucceeded: () => settleProvisioned(compute),
      onFailed: (error) => settleProvisioningFailed(compute, error),
    }).id;

  /** As the service answers an update (Compute/patch.json): 200 with the compute Updating and an operation to poll. */
  const updating = (req: EmuRequest, compute: StoredResource): EmuResponse => {
    compute.properties.provisioningState = 'Updating';
    const opId = startProvisioning(req, compute);
    return json(200, clone(compute), asyncOperationHeader(req, s, opId));
  };

  /** A PUT on an existing compute: only scale settings, description and tags may change, as in the service. */
  const updateByPut = (req: EmuRequest, compute: StoredResource, body: JsonObject): EmuResponse => {
    const props = objectAt(body, 'properties') ?? {};
    if (stringAt(props, 'computeType') !== computeType(compute)) {
      throw new ArmError(
        409,
        'Conflict',
        `Compute '${compute.name}' already exists with computeType '${computeType(compute)}'; it cannot be changed to '${stringAt(props, 'computeType')}'.`,
      );
    }
    const given = objectAt(props, 'properties') ?? {};
    const immutable = Object.keys(given).filter(
      (k) => k !== 'scaleSettings' && !jsonEqual(given[k], inner(compute)[k]),
    );
    if (immutable.length > 0) {
      throw new ArmError(
        409,
        'Conflict',
        `Compute '${compute.name}' already exists; its ${immutable.join(', ')} cannot be updated. Delete and re-create it, or use another name.`,
      );
    }
    applyScaleSettings(compute, objectAt(given, 'scaleSettings'));
    if (props.description !== undefined) compute.properties.description = clone(props.description);
    return updating(req, compute);
  };

  router.add('PATCH', COMPUTE, 'arm', (req) => {
    const compute = find(req);
    const scale = objectAt(objectAt(objectAt(requireBody(req), 'properties'), 'properties'), 'scaleSettings');
    if (computeType(compute) !== 'AmlCompute') {
      throw badRequest(
        `Compute '${compute.name}' is a ${computeType(compute)}; only AmlCompute scale settings can be updated.`,
      );
    }
    const problems = new Problems();
    validateScaleSettings({ ...(objectAt(inner(compute), 'scaleSettings') ?? {}), ...(scale ?? {}) }, problems, false);
    problems.throwIfAny(`Compute '${compute.name}' update`);
    applyScaleSettings(compute, scale);
    return updating(req, compute);
  });

  for (const action of Object.keys(ACTIONS) as ComputeAction[]) {
    router.add('POST', `${COMPUTE}/${action.toLowerCase()}`, 'arm', (req) => runAction(req, find(req), action));
  }

  const runAction = (req: EmuRequest, compute: StoredResource, action: ComputeAction): EmuResponse => {
    if (computeType(compute) !== 'ComputeInstance') {
      throw badRequest(
        `${action} is supported only for ComputeInstance; '${compute.name}' is a ${computeType(compute)} (a cluster scales between minNodeCount and maxNodeCount instead).`,
      );
    }
    const target = `compute:${key(compute.name)}`;
    const from = String(inner(compute).state);
    if (state.operations.busy(target) || !ACTIONS[action].from.includes(from)) {
      throw new ArmError(
        409,
        'Conflict',
        `Cannot ${action.toLowerCase()} compute instance '${compute.name}' while it is in state '${from}'; ${action} is possible from ${ACTIONS[action].from.join(' or ')}.`,
      );
    }
    beginAction(compute, action);
    const op = state.operations.start({
      target,
      inProgressPolls: s.lroInProgressPolls,
      failWith: ctx.faults.takeLroFailure(req),
      onSucceeded: () => endAction(compute, action, from),
      onFailed: (error) => endAction(compute, action, from, error),
    });
    return { status: 202, headers: asyncOperationHeader(req, s, op.id) };
  };

  router.add('DELETE', COMPUTE, 'arm', (req) => {
    checkScope(req, s, true);
    const action = req.query.get('underlyingResourceAction');
    if (action !== 'Delete' && action !== 'Detach') {
      throw badRequest("The query parameter 'underlyingResourceAction' is required and must be 'Delete' or 'Detach'.");
    }
    const compute = state.computes.get(key(req.params.computeName));
    if (!compute) return { status: 204 };
    compute.properties.provisioningState = 'Deleting';
    if (computeType(compute) === 'ComputeInstance') Object.assign(inner(compute), { state: 'Deleting' });
    const op = state.operations.start({
      target: `compute:${key(compute.name)}`,
      inProgressPolls: s.lroInProgressPolls,
      failWith: ctx.faults.takeLroFailure(req),
      onSucceeded: () => state.computes.delete(key(compute.name)),
      onFailed: (error) => settleProvisioningFailed(compute, error),
    });
    return { status: 202, headers: deleteOperationHeaders(req, s, op.id) };
  });

  router.add('GET', OPERATION_STATUS_PATTERN, 'arm', (req) => {
    const body = state.operations.poll(req.params.operationId);
    if (!body) throw new ArmError(404, 'NotFound', `Operation '${req.params.operationId}' was not found.`);
    return json(200, body);
  });

  router.add('GET', OPERATION_RESULT_PATTERN, 'arm', (req) => {
    const body = state.operations.poll(req.params.operationId);
    if (!body) throw new ArmError(404, 'NotFound', `Operation '${req.params.operationId}' was not found.`);
    return body.status === 'InProgress' ? { status: 202, headers: { 'Retry-After': '0' } } : { status: 200 };
  });
}

function applyScaleSettings(compute: StoredResource, scale: JsonObject | undefined): void {
  if (!scale) return;
  const props = inner(compute);
  props.scaleSettings = { ...(objectAt(props, 'scaleSettings') ?? {}), ...clone(scale) };
  compute.properties.modifiedOn = new Date().toISOString();
}
