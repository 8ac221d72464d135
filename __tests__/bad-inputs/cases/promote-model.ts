import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput } from './edit.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  badInput('no model name', { name: '' }, /'name' is required/),
  badInput('no version', { version: '' }, /'version' is required/),
  badInput('a tag selector without a key', { version: 'tag:' }, /names no tag/),
  badInput('a version carrying a workflow command', { version: '3\n::notice::INJECTED' }, /is not a version/),
  badInput(
    'a stage without a value',
    { stage: 'production' },
    /is not KEY=VALUE; write e.g. stage=production, or none/,
  ),
  badInput('a stage with no key', { stage: '=production' }, /is not KEY=VALUE/),
  badInput('a stage carrying a workflow command', { stage: 'stage=prod\n::notice::INJECTED' }, /is not KEY=VALUE/),
  badInput('add-tags without =', { 'add-tags': 'approved' }, /KEY=VALUE/),
  badInput('remove-tags given as KEY=VALUE', { 'remove-tags': 'owner=ml' }, /is not a tag key/),
  badInput('remove-tags removing the stage key', { 'remove-tags': 'stage' }, /removes 'stage', the key 'stage' moves/),
  badInput('nothing to do', { stage: 'none' }, /Nothing to do: 'stage' is none/),
  badInput('a model that does not exist', { name: 'ghost-model' }, /'ghost-model' does not exist/, {
    input: 'name',
    value: 'ghost-model',
  }),
  badInput('a model name carrying a workflow command', { name: 'clf\n::notice::INJECTED' }, /does not exist/, {
    input: 'name',
    value: 'clf\n::notice::INJECTED',
  }),
  badInput(
    'copy-to without a kind',
    { 'copy-to': 'shared-models' },
    /is not a place to copy to; write registry:NAME, registry:RESOURCE_GROUP\/NAME, workspace:NAME/,
  ),
  badInput('copy-to a registry path that walks', { 'copy-to': 'registry:../x' }, /is not a registry name/),
  badInput(
    'copy-to a workspace under a subscription that is not a GUID',
    { 'copy-to': 'workspace:sub/rg/mlw-prod' },
    /names no valid workspace/,
  ),
  badInput(
    'copy-to carrying a workflow command',
    { 'copy-to': 'registry:r1\n::notice::INJECTED' },
    /is not a registry name/,
  ),
  badInput('concurrency 0', { concurrency: '0' }, /concurrency/),
  badInput('concurrency as a word', { concurrency: 'many' }, /concurrency/),
];
