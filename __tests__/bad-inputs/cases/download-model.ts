import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  { name: 'neither name nor job-name', inputs: { name: '' }, error: /Give the model 'name'/, at: { input: 'name' } },
  {
    name: 'both version and job-name',
    inputs: { version: '3', 'job-name': 'train-1' },
    error: /either 'version'/,
    at: { input: 'version' },
  },
  {
    name: 'a tag selector without a key',
    inputs: { version: 'tag:' },
    error: /names no tag/,
    at: { input: 'version' },
  },
  {
    name: 'a tag selector with only a value',
    inputs: { version: 'tag:=prod' },
    error: /names no tag/,
    at: { input: 'version' },
  },
  {
    name: 'a version that walks the path',
    inputs: { version: '../3' },
    error: /is not a version/,
    at: { input: 'version' },
  },
  { name: 'a version with a space', inputs: { version: 'v 3' }, error: /is not a version/, at: { input: 'version' } },
  {
    name: 'a version carrying a workflow command',
    inputs: { version: '3\n::notice::INJECTED' },
    error: /is not a version/,
    at: { input: 'version' },
  },
  { name: 'concurrency 0', inputs: { concurrency: '0' }, error: /concurrency/, at: { input: 'concurrency' } },
  { name: 'negative concurrency', inputs: { concurrency: '-2' }, error: /concurrency/, at: { input: 'concurrency' } },
  {
    name: 'concurrency as a word',
    inputs: { concurrency: 'many' },
    error: /concurrency/,
    at: { input: 'concurrency' },
  },
  {
    name: 'fractional concurrency',
    inputs: { concurrency: '1.5' },
    error: /concurrency/,
    at: { input: 'concurrency' },
  },
  {
    name: 'a model that does not exist',
    inputs: { name: 'ghost-model' },
    error: /'ghost-model' does not exist/,
    at: { input: 'name', value: 'ghost-model' },
  },
  {
    name: 'a version of a model that does not exist',
    inputs: { name: 'ghost-model', version: '7' },
    error: /'ghost-model' does not exist/,
    at: { input: 'name', value: 'ghost-model' },
  },
  {
    name: 'a tagged version of a model that does not exist',
    inputs: { name: 'ghost-model', version: 'tag:stage=prod' },
    error: /'ghost-model' does not exist/,
    at: { input: 'name', value: 'ghost-model' },
  },
  {
    name: 'a training job that does not exist',
    inputs: { name: '', 'job-name': 'ghost-job' },
    error: /registered by job 'ghost-job'/,
    at: { input: 'job-name', value: 'ghost-job' },
  },
  {
    name: 'a model name that walks the path',
    inputs: { name: '../computes/x' },
    error: /does not exist/,
    at: { input: 'name', value: '../computes/x' },
  },
  {
    name: 'a model name carrying a workflow command',
    inputs: { name: 'clf\n::notice::INJECTED' },
    error: /does not exist/,
    at: { input: 'name', value: 'clf\n::notice::INJECTED' },
  },
];
