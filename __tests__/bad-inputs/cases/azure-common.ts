/**
 * Bad workspace, sign-in and backend inputs every Azure entry reads the same way. Each entry's case file
 * includes them, since each entry reads them through its own bundle.
 */
import type { BadInputCase } from '../harness.js';
import { badInput } from './edit.js';

export const AZURE_COMMON: BadInputCase[] = [
  badInput('subscription-id that is not a GUID', { 'subscription-id': 'not-a-guid' }, /must be a GUID/),
  badInput(
    'subscription-id that walks the request path',
    { 'subscription-id': '00000000-0000-0000-0000-000000000000/../x' },
    /must be a GUID/,
  ),
  badInput('resource group with a slash', { 'resource-group': 'rg/../other' }, /resource-group.*must be/),
  badInput('resource group ending with a period', { 'resource-group': 'rg.' }, /not ending with a period/),
  badInput('workspace name too short', { workspace: 'ws' }, /3 to 33/),
  badInput('workspace name with a query string', { workspace: 'mlw-test?api-version=1' }, /workspace.*must be/),
  badInput('creds that are not JSON', { creds: '{clientId: oops' }, /creds/),
  badInput('unknown backend', { backend: 'aws' }, /azure, local|azure or local|one of/),
  badInput('poll-interval that is not a number', { 'poll-interval': 'NaN' }, /poll-interval/),
  badInput('poll-interval in hexadecimal', { 'poll-interval': '0x10' }, /poll-interval/),
  badInput(
    'a newline and a workflow command in the workspace name',
    { workspace: 'mlw\n::notice::INJECTED' },
    /workspace.*must be/,
  ),
];
