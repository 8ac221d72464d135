import type { Logger } from '../core/logger.js';
import { Problems, readBoolean, readString, readStringMap } from '../yaml/fields.js';
import { child, entryOf, loadYamlFile, parseYaml, toPlain, type YMap, type YamlFile } from '../yaml/located.js';

/**
 * An Azure ML CLI v2 compute YAML (`az ml compute create --file`), checked and typed. Read as every other spec
 * is (`shared/yaml`: YAML 1.1 as `az ml` reads it, every problem with its line); a key the compute schema does
 * not know is warned about with its line and ignored, as `az ml` does.
 */
export type ComputeSpec = AmlComputeSpec | ComputeInstanceSpec;

interface ComputeSpecBase {
  name: string;
  size: string;
  location?: string;
  description?: string;
  tags: Record<string, string>;
  /** `ssh_public_access_enabled`; undefined leaves the service default. */
  sshPublicAccess?: boolean;
  /** Where each field was read, for messages about it later (e.g. "cannot change size in place"). */
  source?: { file: string; lines: Record<string, number> };
}

export interface AmlComputeSpec extends ComputeSpecBase {
  type: 'amlcompute';
  minInstances: number;
  maxInstances: number;
  idleSecondsBeforeScaleDown: number;
  tier: 'dedicated' | 'low_priority';
  identity?: 'system_assigned';
}

export interface ComputeInstanceSpec extends ComputeSpecBase {
  type: 'computeinstance';
  schedules: InstanceSchedule[];
}

export interface InstanceSchedule {
  action: 'start' | 'stop';
  cron: string;
  startTime?: string;
  timeZone?: string;
}

export const COMPUTE_TYPES = ['amlcompute', 'computeinstance'] as const;

/** Defaults of the amlCompute schema, so a minimal YAML means what it means for `az ml`. */
const AML_DEFAULTS = { minInstances: 0, maxInstances: 1, idleSecondsBeforeScaleDown: 120, tier: 'dedicated' } as const;

/** Names the service accepts (AmlCompute 2-16 characters, ComputeInstance 3-24), checked before any call. */
const NAME_RULES: Record<ComputeSpec['type'], { pattern: RegExp; text: string }> = {
  amlcompute: {
    pattern: /^[a-zA-Z](?:[a-zA-Z0-9-]{0,14}[a-zA-Z0-9])?$/,
    text: '2 to 16 characters: letters, digits and hyphens, starting with a letter and not ending with a hyphen',
  },
  computeinstance: {
    pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/,
    text: '3 to 24 characters: letters, digits and hyphens, starting with a letter and not ending with a hyphen',
  },
};

export function checkComputeName(type: ComputeSpec['type'], name: string): string | undefined {
  const rule = NAME_RULES[type];
  return rule.pattern.test(name) ? undefined : `Compute name '${name}' is not valid for ${type}: ${rule.text}.`;
}

/** The keys of azure-ai-ml's compute schemas (common, AmlCompute, ComputeInstance); others are warned about. */
const KNOWN_KEYS: Record<ComputeSpec['type'], readonly string[]> = {
  amlcompute: [
    'min_instances',
    'max_instances',
    'idle_time_before_scale_down',
    'tier',
    'ssh_settings',
    'network_settings',
    'enable_node_public_ip',
  ],
  computeinstance: [
    'schedules',
    'network_settings',
    'ssh_settings',
    'create_on_behalf_of',
    'idle_time_before_shutdown',
    'idle_time_before_shutdown_minutes',
    'custom_applications',
    'setup_scripts',
    'enable_node_public_ip',
    'enable_sso',
    'enable_root_access',
    'release_quota_on_stop',
    'enable_os_patching',
  ],
};
const COMMON_KEYS = [
  '$schema',
  'name',
  'id',
  'type',
  'size',
  'location',
  'description',
  'tags',
  'identity',
  'ssh_public_access_enabled',
  'resource_id',
];

export interface ComputeSpecOptions {
  /** The `name` input, which wins over the file's. */
  nameOverride?: string;
  /** Where unknown keys are warned about (with their file and line). */
  log?: Pick<Logger, 'warning'>;
}

/** Reads and validates a compute YAML file; every problem is reported with its line. */
export async function loadComputeSpec(file: string, options: ComputeSpecOptions = {}): Promise<ComputeSpec> {
  return readComputeSpec(await loadYamlFile(file), options);
}

export function parseComputeSpec(text: string, file: string, options: ComputeSpecOptions = {}): ComputeSpec {
  return readComputeSpec(parseYaml(text, file), options);
}

function readComputeSpec(yaml: YamlFile, options: ComputeSpecOptions): ComputeSpec {
  const problems = new Problems();
  if (yaml.root.kind !== 'map') {
    problems.add('Expected a mapping of compute settings.', yaml.root.loc);
    problems.throwIfAny(`${yaml.file} is not a valid compute definition`);
  }
  const r = new FieldReader(yaml.root as YMap, problems);
  const spec = readSpec(r, options.nameOverride, yaml.file);
  problems.throwIfAny(`${yaml.file} is not a valid compute definition`);
  const known = [...COMMON_KEYS, ...KNOWN_KEYS[spec!.type]];
  for (const entry of r.map.entries) {
    if (!known.includes(entry.key))
      options.log?.warning(
        `Unknown key '${entry.key}' in the ${spec!.type} YAML is ignored (az ml ignores it too); known keys: ${known.join(', ')}.`,
        entry.keyLoc,
      );
  }
  return spec!;
}
function readSpec(r: FieldReader, nameOverride: string | undefined, file: string): ComputeSpec | undefined {
  const type = r.string('type');
  if (type === undefined) {
    r.problem('type', `'type' is required: one of ${COMPUTE_TYPES.join(', ')}.`);
    return undefined;
  }
  if (!(COMPUTE_TYPES as readonly string[]).includes(type)) {
    r.problem(
      'type',
      `Unknown compute type '${type}'. Supported: ${COMPUTE_TYPES.join(', ')} (attached computes such as synapsespark or kubernetes are managed outside this action).`,
    );
    return undefined;
  }
  const computeType = type as ComputeSpec['type'];
  const name = nameOverride || r.string('name');
  if (!name) r.problem('name', "'name' is required (in the file or as the action's 'name' input).");
  else {
    const bad = checkComputeName(computeType, name);
    if (bad) r.problem(nameOverride ? undefined : 'name', bad);
  }
  const size = r.string('size');
  if (!size) {
    r.problem(
      'type',
      "'size' is required (for example size: STANDARD_DS3_v2). The VM size sets the cost and cannot be changed after creation, so it is never guessed.",
    );
  }
  const base = {
    name: name ?? '',
    size: size ?? '',
    location: r.string('location'),
    description: r.string('description'),
    tags: r.stringMap('tags'),
    sshPublicAccess: r.boolean('ssh_public_access_enabled'),
    source: { file, lines: r.lines() },
  };
  return computeType === 'amlcompute'
    ? readAmlCompute(r, base)
    : { ...base, type: 'computeinstance', schedules: readSchedules(r) };
}

function readAmlCompute(r: FieldReader, base: Omit<ComputeSpecBase, 'type'>): AmlComputeSpec {
  const minInstances = r.integer('min_instances') ?? AML_DEFAULTS.minInstances;
  const maxInstances = r.integer('max_instances') ?? AML_DEFAULTS.maxInstances;
  if (maxInstances < minInstances) {
    r.problem('max_instances', `max_instances (${maxInstances}) must be at least min_instances (${minInstances}).`);
  }
  if (maxInstances < 1) r.problem('max_instances', 'max_instances must be at least 1.');
  const tier = r.string('tier') ?? AML_DEFAULTS.tier;
  if (tier !== 'dedicated' && tier !== 'low_priority')
    r.problem('tier', `tier must be dedicated or low_priority, got '${tier}'.`);
  const identity = r.nested('identity', 'type');
  if (identity !== undefined && identity !== 'system_assigned') {
    r.problem(
      'identity',
      `identity type '${identity}' is not supported by this action yet; use system_assigned or create the compute once with az ml.`,
    );
  }
  return {
    ...base,
    type: 'amlcompute',
    minInstances,
    maxInstances,
    idleSecondsBeforeScaleDown: r.integer('idle_time_before_scale_down') ?? AML_DEFAULTS.idleSecondsBeforeScaleDown,
    tier: tier as AmlComputeSpec['tier'],
    identity: identity === 'system_assigned' ? 'system_assigned' : undefined,
  };
}

function readSchedules(r: FieldReader): InstanceSchedule[] {
  const items = child(child(r.map, 'schedules'), 'compute_start_stop');
  if (items === undefined) return [];
  const list = toPlain(items);
  if (!Array.isArray(list)) {
    r.problem('schedules', 'schedules.compute_start_stop must be a list.');
    return [];
  }
  return list.flatMap((item: Record<string, unknown>, i) => {
    const trigger = (item.trigger ?? {}) as Record<string, unknown>;
    const action = String(item.action ?? '').toLowerCase();
    if (
      (action !== 'start' && action !== 'stop') ||
      trigger.type !== 'cron' ||
      typeof trigger.expression !== 'string'
    ) {
      r.problem(
        'schedules',
        `schedules.compute_start_stop[${i}]: expected action start|stop with a cron trigger (recurrence triggers are not supported yet).`,
      );
      return [];
    }
    return [{ action, cron: trigger.expression, startTime: str(trigger.start_time), timeZone: str(trigger.time_zone) }];
  });
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** Reads top-level fields of a compute YAML with their types checked, problems placed at their keys. */
class FieldReader {
  constructor(
    readonly map: YMap,
    private readonly problems: Problems,
  ) {}

  problem(key: string | undefined, message: string): void {
    const entry = key === undefined ? undefined : entryOf(this.map, key);
    this.problems.add(message, entry?.keyLoc ?? this.map.loc);
  }

  lines(): Record<string, number> {
    return Object.fromEntries(this.map.entries.map((e) => [e.key, e.keyLoc.line ?? 1]));
  }

  string(key: string): string | undefined {
    const node = entryOf(this.map, key)?.value;
    if (node && node.kind !== 'scalar') {
      this.problem(key, `'${key}' must be a single value.`);
      return undefined;
    }
    return readString(this.map, key, this.problems);
  }

  integer(key: string): number | undefined {
    const node = entryOf(this.map, key)?.value;
    if (node === undefined) return undefined;
    if (node.kind !== 'scalar' || !Number.isInteger(node.value) || (node.value as number) < 0) {
      this.problem(key, `'${key}' must be a whole number (0 or more).`);
      return undefined;
    }
    return node.value as number;
  }

  boolean(key: string): boolean | undefined {
    return readBoolean(this.map, key, this.problems);
  }

  stringMap(key: string): Record<string, string> {
    return readStringMap(this.map, key, this.problems) ?? {};
  }

  nested(key: string, inner: string): string | undefined {
    const node = child(child(this.map, key), inner);
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
  }
}
