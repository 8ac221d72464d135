import { ValidationError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { parseComputeSpec } from '../../../shared/compute/compute-spec.js';

describe('compute YAML read as every other spec (shared/yaml)', () => {
  test('a key the schema does not know is warned about at its line, and ignored, as az ml does', () => {
    const log = memoryLogger();
    const text = 'name: cpu\ntype: amlcompute\nsize: Standard_DS3_v2\nmax_instance: 4\n';
    const spec = parseComputeSpec(text, 'cluster.yml', { log });
    expect(spec).toMatchObject({ type: 'amlcompute', maxInstances: 1 });
    expect(log.lines).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/^Unknown key 'max_instance' in the amlcompute YAML is ignored/),
        location: { file: 'cluster.yml', line: 4, column: 1 },
      },
    ]);
  });

  test('keys of the other compute type are unknown too: a cluster has no schedules', () => {
    const log = memoryLogger();
    parseComputeSpec('name: cpu\ntype: amlcompute\nsize: s\nschedules: {}\n', 'c.yml', { log });
    expect(log.lines.map((l) => [l.message.split(' is ')[0], l.location?.line])).toEqual([
      ["Unknown key 'schedules' in the amlcompute YAML", 4],
    ]);
  });

  test('every key of the azure-ai-ml schemas is read without a warning', () => {
    const log = memoryLogger();
    const text = [
      '$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json',
      'name: ci-dev',
      'type: computeinstance',
      'size: STANDARD_DS3_v2',
      'idle_time_before_shutdown_minutes: 30',
      'enable_node_public_ip: false',
      'setup_scripts: {startup_script: {path: setup.sh}}',
    ].join('\n');
    parseComputeSpec(text, 'ci.yml', { log });
    expect(log.lines).toEqual([]);
  });

  test('YAML 1.1 as az ml reads it: yes and off are booleans', () => {
    const spec = parseComputeSpec('name: cpu\ntype: amlcompute\nsize: s\nssh_public_access_enabled: yes\n', 'c.yml');
    expect(spec.sshPublicAccess).toBe(true);
    const off = parseComputeSpec('name: cpu\ntype: amlcompute\nsize: s\nssh_public_access_enabled: off\n', 'c.yml');
    expect(off.sshPublicAccess).toBe(false);
  });

  test('a key written twice is refused at its line, as for every other spec', () => {
    const error = (() => {
      try {
        parseComputeSpec('name: cpu\ntype: amlcompute\nsize: s\nsize: t\n', 'c.yml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0].location).toMatchObject({ file: 'c.yml', line: 4 });
  });
});
