import { COMPUTE } from '../azure-context.js';
import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput, notABoolean, spoiler } from './edit.js';

const F = 'compute/cluster.yaml';

const compute = spoiler(F, COMPUTE);

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
  badInput('a compute file that does not exist', { file: 'compute/nope.yaml' }, /nope\.yaml/, {
    file: 'compute/nope.yaml',
  }),
  badInput('neither name nor file', { file: '' }, /'name'/, { input: 'name' }),
  notABoolean('create', 'yes please'),
  notABoolean('start', 'sometimes'),
  notABoolean('stop-on-exit', 'maybe'),
  badInput('wait-timeout NaN', { 'wait-timeout': 'NaN' }, /wait-timeout/),
  badInput('wait-timeout negative', { 'wait-timeout': '-5' }, /wait-timeout/),
  badInput('wait-timeout Infinity', { 'wait-timeout': 'Infinity' }, /wait-timeout/),
  badInput('wait-timeout in exponent notation', { 'wait-timeout': '1e9' }, /wait-timeout/),
  badInput('a name input carrying a workflow command', { name: 'cpu\n::notice::INJECTED' }, /name/, { file: F }),
];
