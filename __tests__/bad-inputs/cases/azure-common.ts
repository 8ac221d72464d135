/**
 * Bad workspace, sign-in and backend inputs every Azure entry reads the same way. Each entry's case file
 * includes them, since each entry reads them through its own bundle.
 */
import type { BadInputCase } from '../harness.js';

export const AZURE_COMMON: BadInputCase[] = [
  {
    name: 'subscription-id that is not a GUID',
    inputs: { 'subscription-id': 'not-a-guid' },
    error: /must be a GUID/,
    at: { input: 'subscription-id' },
  },
  {
    name: 'subscription-id that walks the request path',
    inputs: { 'subscription-id': '00000000-0000-0000-0000-000000000000/../x' },
    error: /must be a GUID/,
    at: { input: 'subscription-id' },
  },
  {
    name: 'resource group with a slash',
    inputs: { 'resource-group': 'rg/../other' },
    error: /resource-group.*must be/,
    at: { input: 'resource-group' },
  },
  {
    name: 'resource group ending with a period',
    inputs: { 'resource-group': 'rg.' },
    error: /not ending with a period/,
    at: { input: 'resource-group' },
  },
  {
    name: 'workspace name too short',
    inputs: { workspace: 'ws' },
    error: /3 to 33/,
    at: { input: 'workspace' },
  },
  {
    name: 'workspace name with a query string',
    inputs: { workspace: 'mlw-test?api-version=1' },
    error: /workspace.*must be/,
    at: { input: 'workspace' },
  },
  {
    name: 'creds that are not JSON',
    inputs: { creds: '{clientId: oops' },
    error: /creds/,
    at: { input: 'creds' },
  },
  {
    name: 'unknown backend',
    inputs: { backend: 'aws' },
    error: /azure, local|azure or local|one of/,
    at: { input: 'backend' },
  },
  {
    name: 'poll-interval that is not a number',
    inputs: { 'poll-interval': 'NaN' },
    error: /poll-interval/,
    at: { input: 'poll-interval' },
  },
  {
    name: 'poll-interval in hexadecimal',
    inputs: { 'poll-interval': '0x10' },
    error: /poll-interval/,
    at: { input: 'poll-interval' },
  },
  {
    name: 'a newline and a workflow command in the workspace name',
    inputs: { workspace: 'mlw\n::notice::INJECTED' },
    error: /workspace.*must be/,
    at: { input: 'workspace' },
  },
];
