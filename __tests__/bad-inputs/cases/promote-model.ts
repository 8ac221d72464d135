import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  { name: 'no model name', inputs: { name: '' }, error: /'name' is required/, at: { input: 'name' } },
  { name: 'no version', inputs: { version: '' }, error: /'version' is required/, at: { input: 'version' } },
  {
    name: 'a tag selector without a key',
    inputs: { version: 'tag:' },
    error: /names no tag/,
    at: { input: 'version' },
  },
  {
    name: 'a version carrying a workflow command',
    inputs: { version: '3\n::notice::INJECTED' },
    error: /is not a version/,
    at: { input: 'version' },
  },
  {
    name: 'a stage without a value',
    inputs: { stage: 'production' },
    error: /is not KEY=VALUE; write e.g. stage=production, or none/,
    at: { input: 'stage' },
  },
  { name: 'a stage with no key', inputs: { stage: '=production' }, error: /is not KEY=VALUE/, at: { input: 'stage' } },
  {
    name: 'a stage carrying a workflow command',
    inputs: { stage: 'stage=prod\n::notice::INJECTED' },
    error: /is not KEY=VALUE/,
    at: { input: 'stage' },
  },
  { name: 'add-tags without =', inputs: { 'add-tags': 'approved' }, error: /KEY=VALUE/, at: { input: 'add-tags' } },
  {
    name: 'remove-tags given as KEY=VALUE',
    inputs: { 'remove-tags': 'owner=ml' },
    error: /is not a tag key/,
    at: { input: 'remove-tags' },
  },
  {
    name: 'remove-tags removing the stage key',
    inputs: { 'remove-tags': 'stage' },
    error: /removes 'stage', the key 'stage' moves/,
    at: { input: 'remove-tags' },
  },
  {
    name: 'nothing to do',
    inputs: { stage: 'none' },
    error: /Nothing to do: 'stage' is none/,
    at: { input: 'stage' },
  },
  {
    name: 'a model that does not exist',
    inputs: { name: 'ghost-model' },
    error: /'ghost-model' does not exist/,
    at: { input: 'name', value: 'ghost-model' },
  },
  {
    name: 'a model name carrying a workflow command',
    inputs: { name: 'clf\n::notice::INJECTED' },
    error: /does not exist/,
    at: { input: 'name', value: 'clf\n::notice::INJECTED' },
  },
  {
    name: 'copy-to without a kind',
    inputs: { 'copy-to': 'shared-models' },
    error: /is not a place to copy to; write registry:NAME, registry:RESOURCE_GROUP\/NAME, workspace:NAME/,
    at: { input: 'copy-to' },
  },
  {
    name: 'copy-to a registry path that walks',
    inputs: { 'copy-to': 'registry:../x' },
    error: /is not a registry name/,
    at: { input: 'copy-to' },
  },
  {
    name: 'copy-to a workspace under a subscription that is not a GUID',
    inputs: { 'copy-to': 'workspace:sub/rg/mlw-prod' },
    error: /names no valid workspace/,
    at: { input: 'copy-to' },
  },
  {
    name: 'copy-to carrying a workflow command',
    inputs: { 'copy-to': 'registry:r1\n::notice::INJECTED' },
    error: /is not a registry name/,
    at: { input: 'copy-to' },
  },
  { name: 'concurrency 0', inputs: { concurrency: '0' }, error: /concurrency/, at: { input: 'concurrency' } },
  {
    name: 'concurrency as a word',
    inputs: { concurrency: 'many' },
    error: /concurrency/,
    at: { input: 'concurrency' },
  },
];
