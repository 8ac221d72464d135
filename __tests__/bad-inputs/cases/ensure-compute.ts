import { COMPUTE } from '../azure-context.js';
import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { edit, lineOf } from './edit.js';

const F = 'compute/cluster.yaml';

function compute(name: string, error: RegExp, at: string | undefined, ...changes: [string, string][]): BadInputCase {
  const text = edit(COMPUTE, ...changes);
  return {
    name,
    files: { [F]: text },
    error,
    at: at === undefined ? { file: F } : { file: F, line: lineOf(text, at) },
  };
}

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  compute('a compute type Azure ML has no such name for', /Unknown compute type 'kubernetes'/, 'type:', [
    'type: amlcompute',
    'type: kubernetes',
  ]),
  compute('no type', /'type' is required/, undefined, ['type: amlcompute\n', '']),
  compute('no size', /'size' is required/, undefined, ['size: STANDARD_DS3_V2\n', '']),
  compute('a cluster name with an exclamation mark', /name/, 'name:', ['name: cpu-cluster', 'name: cpu-cluster!']),
  compute('a cluster name longer than the service allows', /name/, 'name:', [
    'name: cpu-cluster',
    'name: a-cluster-name-much-too-long-for-azure-ml',
  ]),
  compute('max_instances below min_instances', /must be at least min_instances/, 'max_instances:', [
    'min_instances: 0',
    'min_instances: 3',
  ]),
  compute('max_instances 0', /max_instances must be at least 1/, 'max_instances:', [
    'max_instances: 2',
    'max_instances: 0',
  ]),
  compute('negative min_instances', /whole number/, 'min_instances:', ['min_instances: 0', 'min_instances: -1']),
  compute('min_instances as a word', /whole number/, 'min_instances:', ['min_instances: 0', 'min_instances: two']),
  compute('an idle time as a word', /whole number/, 'idle_time_before_scale_down:', [
    'max_instances: 2',
    'max_instances: 2\nidle_time_before_scale_down: soon',
  ]),
  compute('a tier that does not exist', /tier must be dedicated or low_priority/, 'tier:', [
    'max_instances: 2',
    'max_instances: 2\ntier: spot',
  ]),
  compute('an identity type not supported', /identity type 'user_assigned'/, 'identity:', [
    'max_instances: 2',
    'max_instances: 2\nidentity:\n  type: user_assigned',
  ]),
  compute(
    'instance schedules that are not a list',
    /must be a list/,
    'schedules:',
    ['type: amlcompute', 'type: computeinstance\nschedules:\n  compute_start_stop: daily'],
    ['min_instances: 0\nmax_instances: 2\n', ''],
  ),
  compute('a YAML syntax error', /YAML|expected|flow|Unexpected/i, undefined, [
    'size: STANDARD_DS3_V2',
    'size: [STANDARD_DS3_V2',
  ]),
  { name: 'a compute file that is a list', files: { [F]: '- cpu-cluster\n' }, error: /mapping/, at: { file: F } },
  {
    name: 'a compute file that does not exist',
    inputs: { file: 'compute/nope.yaml' },
    error: /nope\.yaml/,
    at: { file: 'compute/nope.yaml' },
  },
  { name: 'neither name nor file', inputs: { file: '' }, error: /'name'/, at: { input: 'name' } },
  { name: 'create that is not a boolean', inputs: { create: 'yes please' }, error: /create/, at: { input: 'create' } },
  { name: 'start that is not a boolean', inputs: { start: 'sometimes' }, error: /start/, at: { input: 'start' } },
  {
    name: 'stop-on-exit that is not a boolean',
    inputs: { 'stop-on-exit': 'maybe' },
    error: /stop-on-exit/,
    at: { input: 'stop-on-exit' },
  },
  { name: 'wait-timeout NaN', inputs: { 'wait-timeout': 'NaN' }, error: /wait-timeout/, at: { input: 'wait-timeout' } },
  {
    name: 'wait-timeout negative',
    inputs: { 'wait-timeout': '-5' },
    error: /wait-timeout/,
    at: { input: 'wait-timeout' },
  },
  {
    name: 'wait-timeout Infinity',
    inputs: { 'wait-timeout': 'Infinity' },
    error: /wait-timeout/,
    at: { input: 'wait-timeout' },
  },
  {
    name: 'wait-timeout in exponent notation',
    inputs: { 'wait-timeout': '1e9' },
    error: /wait-timeout/,
    at: { input: 'wait-timeout' },
  },
  {
    name: 'a name input carrying a workflow command',
    inputs: { name: 'cpu\n::notice::INJECTED' },
    error: /name/,
    at: { file: F },
  },
];
