import type { BadInputCase } from '../harness.js';
import { badInput } from './edit.js';
import { AZURE_COMMON } from './azure-common.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  badInput('neither name nor job-name', { name: '' }, /Give the model 'name'/),
  badInput('both version and job-name', { version: '3', 'job-name': 'train-1' }, /either 'version'/),
  badInput('a tag selector without a key', { version: 'tag:' }, /names no tag/),
  badInput('a tag selector with only a value', { version: 'tag:=prod' }, /names no tag/),
  badInput('a version that walks the path', { version: '../3' }, /is not a version/),
  badInput('a version with a space', { version: 'v 3' }, /is not a version/),
  badInput('a version carrying a workflow command', { version: '3\n::notice::INJECTED' }, /is not a version/),
  badInput('concurrency 0', { concurrency: '0' }, /concurrency/),
  badInput('negative concurrency', { concurrency: '-2' }, /concurrency/),
  badInput('concurrency as a word', { concurrency: 'many' }, /concurrency/),
  badInput('fractional concurrency', { concurrency: '1.5' }, /concurrency/),
  badInput('a model that does not exist', { name: 'ghost-model' }, /'ghost-model' does not exist/, {
    input: 'name',
    value: 'ghost-model',
  }),
  badInput(
    'a version of a model that does not exist',
    { name: 'ghost-model', version: '7' },
    /'ghost-model' does not exist/,
    { input: 'name', value: 'ghost-model' },
  ),
  badInput(
    'a tagged version of a model that does not exist',
    { name: 'ghost-model', version: 'tag:stage=prod' },
    /'ghost-model' does not exist/,
    { input: 'name', value: 'ghost-model' },
  ),
  badInput(
    'a training job that does not exist',
    { name: '', 'job-name': 'ghost-job' },
    /registered by job 'ghost-job'/,
    { input: 'job-name', value: 'ghost-job' },
  ),
  badInput('a model name that walks the path', { name: '../computes/x' }, /does not exist/, {
    input: 'name',
    value: '../computes/x',
  }),
  badInput('a model name carrying a workflow command', { name: 'clf\n::notice::INJECTED' }, /does not exist/, {
    input: 'name',
    value: 'clf\n::notice::INJECTED',
  }),
];
