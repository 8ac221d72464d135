import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { ValidationError } from '../../core/errors.js';
import type { Problem } from '../../core/errors.js';
import type { SourceLocation } from '../../core/logger.js';

/** An Azure ML CLI v2 compute YAML (`az ml compute create --file`), checked and typed. */
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

/** Reads and validates a compute YAML file; every problem is reported with its line. */
export async function loadComputeSpec(file: string, nameOverride?: string): Promise<ComputeSpec> {
  return parseComputeSpec(await readFile(file, 'utf8'), file, nameOverride);
}

export function parseComputeSpec(text: string, file: string, nameOverride?: string): ComputeSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (node: Node | null | undefined): SourceLocation => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file, line: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({
    message: `YAML syntax error: ${e.message.split('\n')[0]}`,
    location: { file, line: lineCounter.linePos(e.pos[0]).line, column: lineCounter.linePos(e.pos[0]).col },
  }));
  if (problems.length) throw new ValidationError(problems, `${file} is not valid YAML`);
  if (!isMap(doc.contents))
    throw new ValidationError([{ message: 'Expected a mapping of compute settings.', location: at(doc.contents) }]);
  const reader = new FieldReader(doc, at, problems);
  const spec = readSpec(reader, nameOverride, file);
  if (problems.length) throw new ValidationError(problems, `${file} is not a valid compute definition`);
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
  const items = r.doc.getIn(['schedules', 'compute_start_stop']);
  if (items === undefined) return [];
  const list = (r.doc.toJS() as { schedules?: { compute_start_stop?: unknown } }).schedules?.compute_start_stop;
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

/** Reads top-level fields of a YAML mapping with their types checked and their lines remembered. */
class FieldReader {
  constructor(
    readonly doc: Document,
    private readonly at: (node: Node | null | undefined) => SourceLocation,
    private readonly problems: Problem[],
  ) {}

  private node(key: string): Node | undefined {
    return this.doc.get(key, true) as Node | undefined;
  }

  problem(key: string | undefined, message: string): void {
    const keyNode = key === undefined ? undefined : this.keyNode(key);
    this.problems.push({ message, location: this.at(keyNode ?? this.doc.contents) });
  }

  private keyNode(key: string): Node | undefined {
    if (!isMap(this.doc.contents)) return undefined;
    const pair = this.doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.key as Node | undefined) ?? undefined;
  }

  lines(): Record<string, number> {
    const out: Record<string, number> = {};
    if (!isMap(this.doc.contents)) return out;
    for (const pair of this.doc.contents.items) {
      if (isScalar(pair.key)) out[String(pair.key.value)] = this.at(pair.key as Node).line ?? 1;
    }
    return out;
  }

  string(key: string): string | undefined {
    const n = this.node(key);
    if (n === undefined || (isScalar(n) && n.value === null)) return undefined;
    if (!isScalar(n) || typeof n.value === 'object') {
      this.problem(key, `'${key}' must be a single value.`);
      return undefined;
    }
    return String(n.value);
  }

  integer(key: string): number | undefined {
    const n = this.node(key);
    if (n === undefined) return undefined;
    if (!isScalar(n) || !Number.isInteger(n.value) || (n.value as number) < 0) {
      this.problem(key, `'${key}' must be a whole number (0 or more).`);
      return undefined;
    }
    return n.value as number;
  }

  boolean(key: string): boolean | undefined {
    const n = this.node(key);
    if (n === undefined) return undefined;
    if (!isScalar(n) || typeof n.value !== 'boolean') {
      this.problem(key, `'${key}' must be true or false.`);
      return undefined;
    }
    return n.value;
  }

  stringMap(key: string): Record<string, string> {
    const n = this.node(key);
    if (n === undefined) return {};
    if (!isMap(n)) {
      this.problem(key, `'${key}' must be a mapping of names to values.`);
      return {};
    }
    return Object.fromEntries(Object.entries(n.toJSON() as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }

  nested(key: string, inner: string): string | undefined {
    const v = this.doc.getIn([key, inner]);
    return v === undefined || v === null ? undefined : String(v);
  }
}
