import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../../../shared/core/errors.js';
import { parseComputeSpec } from '../../../../shared/compute/compute-spec.js';
import { diffCompute, durationSeconds, toComputeResource } from '../../../../shared/azure/compute/compute-rest.js';
import { referenceRoot } from '../../../support/action-runner.js';

const examples = `${referenceRoot}/azureml-examples/cli/resources/compute`;

function problemsOf(text: string): { line?: number; message: string }[] {
  try {
    parseComputeSpec(text, 'compute.yml');
  } catch (error) {
    if (error instanceof ValidationError)
      return error.problems.map((p) => ({ line: p.location?.line, message: p.message }));
    throw error;
  }
  return [];
}

describe('compute YAML', () => {
  test('a cluster YAML maps to the AmlCompute body az ml sends', () => {
    const spec = parseComputeSpec(
      'name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_v2\nmin_instances: 0\nmax_instances: 4\nidle_time_before_scale_down: 300\ntier: low_priority\ntags: {team: ml}\n',
      'compute.yml',
    );
    expect(toComputeResource(spec, 'westeurope')).toEqual({
      location: 'westeurope',
      tags: { team: 'ml' },
      identity: undefined,
      properties: {
        computeType: 'AmlCompute',
        computeLocation: 'westeurope',
        description: undefined,
        properties: {
          osType: 'Linux',
          vmSize: 'STANDARD_DS3_v2',
          vmPriority: 'LowPriority',
          scaleSettings: { minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT300S' },
          remoteLoginPortPublicAccess: 'NotSpecified',
        },
      },
    });
  });

  test('a minimal cluster gets the schema defaults (0..1 nodes, 120 s idle, dedicated)', () => {
    const spec = parseComputeSpec('name: c1x\ntype: amlcompute\nsize: Standard_DS3_v2\n', 'c.yml');
    expect(spec).toMatchObject({
      minInstances: 0,
      maxInstances: 1,
      idleSecondsBeforeScaleDown: 120,
      tier: 'dedicated',
    });
  });

  test('an instance YAML with a schedule maps to ComputeInstance with a cron stop schedule', () => {
    const text = readFileSync(path.join(examples, 'instance-schedule.yml'), 'utf8');
    const body = toComputeResource(parseComputeSpec(text, 'instance-schedule.yml'), 'westus');
    expect(body.properties).toMatchObject({
      computeType: 'ComputeInstance',
      properties: {
        vmSize: 'STANDARD_DS3_v2',
        schedules: {
          computeStartStop: [
            {
              action: 'Stop',
              triggerType: 'Cron',
              cron: { expression: '0 18 * * *', timeZone: 'Pacific Standard Time', startTime: '2021-03-10T21:21:07' },
            },
          ],
        },
      },
    });
  });

  test.each([
    ['unknown type', 'name: abc\ntype: kubernetes\nsize: x\n', 2, /Unknown compute type 'kubernetes'/],
    ['missing type', 'name: abc\nsize: x\n', 1, /'type' is required/],
    ['missing size', 'name: abc\ntype: amlcompute\n', 2, /'size' is required/],
    [
      'max below min',
      'name: abc\ntype: amlcompute\nsize: s\nmin_instances: 3\nmax_instances: 2\n',
      5,
      /must be at least min_instances/,
    ],
    ['name the service rejects', 'name: 1-bad_name\ntype: amlcompute\nsize: s\n', 1, /not valid for amlcompute/],
    ['instance name too short', 'name: ab\ntype: computeinstance\nsize: s\n', 1, /not valid for computeinstance/],
    [
      'negative idle time',
      'name: abc\ntype: amlcompute\nsize: s\nidle_time_before_scale_down: -5\n',
      4,
      /whole number/,
    ],
    ['bad tier', 'name: abc\ntype: amlcompute\nsize: s\ntier: gold\n', 4, /tier must be dedicated or low_priority/],
    ['YAML syntax', 'name: abc\ntype: [amlcompute\n', 3, /YAML syntax error/],
  ])('%s is reported at its line', (_case, text, line, message) => {
    const problems = problemsOf(text);
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ line, message: expect.stringMatching(message) })]),
    );
  });

  test('every problem of a file is reported at once', () => {
    expect(problemsOf('name: abc\ntype: amlcompute\nmin_instances: 3\nmax_instances: 2\ntier: gold\n')).toHaveLength(3);
  });

  test('every amlcompute/computeinstance YAML of azureml-examples parses or is refused with a located reason', () => {
    const results = readdirSync(examples).map((f) => {
      const text = readFileSync(path.join(examples, f), 'utf8');
      try {
        parseComputeSpec(text, f);
        return [f, 'ok'];
      } catch (error) {
        const p = (error as ValidationError).problems[0];
        return [f, `${p.location?.line}: ${p.message}`];
      }
    });
    expect(Object.fromEntries(results)).toEqual({
      'attached-spark-system-identity.yml': expect.stringMatching(/^4: Unknown compute type 'synapsespark'/),
      'attached-spark-user-identity.yml': expect.stringMatching(/^4: Unknown compute type/),
      'attached-spark.yml': expect.stringMatching(/^4: Unknown compute type/),
      'cluster-basic.yml': 'ok',
      'cluster-location.yml': 'ok',
      'cluster-low-priority.yml': 'ok',
      'cluster-minimal.yml': expect.stringMatching(/'size' is required/),
      'cluster-ssh-password.yml': 'ok',
      'cluster-system-identity.yml': 'ok',
      'cluster-user-identity.yml': expect.stringMatching(/^8: identity type 'user_assigned' is not supported/),
      'instance-basic.yml': 'ok',
      'instance-minimal.yml': expect.stringMatching(/'size' is required/),
      'instance-schedule.yml': 'ok',
      'vm-attach.yml': expect.stringMatching(/^3: Unknown compute type 'virtualmachine'/),
    });
  });
});

describe('compute diff', () => {
  const spec = parseComputeSpec(
    'name: cpu\ntype: amlcompute\nsize: Standard_DS3_v2\nmin_instances: 0\nmax_instances: 4\n',
    'c.yml',
  );
  const existing = (scale: object, vmSize = 'STANDARD_DS3_V2', vmPriority = 'Dedicated') => ({
    properties: { computeType: 'AmlCompute' as const, properties: { vmSize, vmPriority, scaleSettings: scale } },
  });

  test('equal settings (idle time written as PT2M) need no update', () => {
    const diff = diffCompute(spec, existing({ minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT2M' }));
    expect(diff).toEqual({ changes: [], immutable: [] });
  });

  test('changed max nodes is patched; changed size and tier are reported as not changeable in place', () => {
    const diff = diffCompute(
      spec,
      existing(
        { minNodeCount: 0, maxNodeCount: 2, nodeIdleTimeBeforeScaleDown: 'PT120S' },
        'Standard_NC6',
        'LowPriority',
      ),
    );
    expect(diff.changes).toEqual(['max_instances: 2 -> 4']);
    expect(diff.scaleSettings).toEqual({ minNodeCount: 0, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT120S' });
    expect(diff.immutable).toEqual(['size: Standard_NC6 -> Standard_DS3_v2', 'tier: low_priority -> dedicated']);
  });

  test.each([
    ['PT120S', 120],
    ['PT2M', 120],
    ['PT1H30M', 5400],
    ['P1DT1S', 86401],
    ['garbage', undefined],
  ])('duration %s is %s seconds', (iso, seconds) => expect(durationSeconds(iso)).toBe(seconds));
});
