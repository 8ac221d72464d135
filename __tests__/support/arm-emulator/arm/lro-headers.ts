/** URLs of the compute operation status/result resources the emulator hands out as LRO headers. */
import type { EmulatorSettings } from '../options.js';
import type { EmuRequest } from '../http.js';
import { PROVIDER } from './common.js';

export const OPERATION_STATUS_PATTERN = `/subscriptions/{subscriptionId}/providers/${PROVIDER}/locations/{location}/computeOperationsStatus/{operationId}`;
export const OPERATION_RESULT_PATTERN = `/subscriptions/{subscriptionId}/providers/${PROVIDER}/locations/{location}/computeOperationsResults/{operationId}`;

function operationUrl(req: EmuRequest, s: EmulatorSettings, kind: string, id: string): string {
  const apiVersion = req.query.get('api-version') ?? s.apiVersions[0];
  return `${req.origin}/subscriptions/${s.subscriptionId}/providers/${PROVIDER}/locations/${s.region}/${kind}/${id}?api-version=${apiVersion}&service=new`;
}

/** `Azure-AsyncOperation` as the service sends it on compute create/start/stop/restart (no Retry-After). */
export function asyncOperationHeader(req: EmuRequest, s: EmulatorSettings, id: string): Record<string, string> {
  return { 'Azure-AsyncOperation': operationUrl(req, s, 'computeOperationsStatus', id) };
}

/** Compute delete answers with both `Azure-AsyncOperation` and `Location`. */
export function deleteOperationHeaders(req: EmuRequest, s: EmulatorSettings, id: string): Record<string, string> {
  return { ...asyncOperationHeader(req, s, id), Location: operationUrl(req, s, 'computeOperationsResults', id) };
}
