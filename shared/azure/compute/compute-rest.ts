import type { AmlCompute, ComputeInstance, ComputeResource, ScaleSettings } from '../ml-api/types.js';
import type { AmlComputeSpec, ComputeInstanceSpec, ComputeSpec } from '../../compute/compute-spec.js';

/** The ARM body `az ml compute create` sends for a compute YAML (the api-version of shared/azure/ml-api). */
export function toComputeResource(spec: ComputeSpec, workspaceLocation: string): ComputeResource {
  const location = spec.location ?? workspaceLocation;
  const common = { computeLocation: location, description: spec.description };
  const properties = spec.type === 'amlcompute' ? amlComputeBody(spec, common) : computeInstanceBody(spec, common);
  return {
    location,
    tags: Object.keys(spec.tags).length ? spec.tags : undefined,
    identity: spec.type === 'amlcompute' && spec.identity ? { type: 'SystemAssigned' } : undefined,
    properties,
  };
}

function amlComputeBody(spec: AmlComputeSpec, common: { computeLocation: string; description?: string }): AmlCompute {
  return {
    computeType: 'AmlCompute',
    ...common,
    properties: {
      osType: 'Linux',
      vmSize: spec.size,
      vmPriority: spec.tier === 'low_priority' ? 'LowPriority' : 'Dedicated',
      scaleSettings: scaleSettingsOf(spec),
      remoteLoginPortPublicAccess: sshAccess(spec.sshPublicAccess) ?? 'NotSpecified',
    },
  };
}

function computeInstanceBody(
  spec: ComputeInstanceSpec,
  common: { computeLocation: string; description?: string },
): ComputeInstance {
  return {
    computeType: 'ComputeInstance',
    ...common,
    properties: {
      vmSize: spec.size,
      sshSettings:
        spec.sshPublicAccess === undefined ? undefined : { sshPublicAccess: sshAccess(spec.sshPublicAccess) },
      schedules: spec.schedules.length
        ? {
            computeStartStop: spec.schedules.map((s) => ({
              action: s.action === 'start' ? 'Start' : 'Stop',
              triggerType: 'Cron',
              status: 'Enabled',
              cron: { triggerType: 'Cron' as const, expression: s.cron, startTime: s.startTime, timeZone: s.timeZone },
            })),
          }
        : undefined,
    },
  };
}

const sshAccess = (enabled: boolean | undefined) =>
  enabled === undefined ? undefined : enabled ? 'Enabled' : 'Disabled';

export function scaleSettingsOf(spec: AmlComputeSpec): ScaleSettings {
  return {
    minNodeCount: spec.minInstances,
    maxNodeCount: spec.maxInstances,
    nodeIdleTimeBeforeScaleDown: `PT${spec.idleSecondsBeforeScaleDown}S`,
  };
}

/** ISO 8601 durations as the service returns them (PT120S, PT2M, PT1H30M) in seconds. */
export function durationSeconds(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return undefined;
  const [, d, h, min, s] = m.map((x) => Number(x ?? 0));
  return d * 86400 + h * 3600 + min * 60 + s;
}

export interface ComputeDiff {
  /** New scale settings to PATCH, when any of min, max or idle time differs. */
  scaleSettings?: ScaleSettings;
  /** What the update changes, as "field: old -> new". */
  changes: string[];
  /** Differences that cannot be applied in place (the compute must be recreated). */
  immutable: string[];
}

/** Compares a compute YAML with the compute that exists: what can be patched, and what cannot change. */
export function diffCompute(spec: ComputeSpec, existing: ComputeResource): ComputeDiff {
  const props = existing.properties;
  const diff: ComputeDiff = { changes: [], immutable: [] };
  const existingType = props?.computeType;
  const wantedType = spec.type === 'amlcompute' ? 'AmlCompute' : 'ComputeInstance';
  if (existingType !== wantedType) {
    diff.immutable.push(`type: ${existingType} -> ${wantedType}`);
    return diff;
  }
  const inner = (props as AmlCompute | ComputeInstance).properties;
  const vmSize = inner?.vmSize;
  if (vmSize && vmSize.toLowerCase() !== spec.size.toLowerCase())
    diff.immutable.push(`size: ${vmSize} -> ${spec.size}`);
  if (spec.type === 'amlcompute') diffAmlCompute(spec, (props as AmlCompute).properties, diff);
  return diff;
}

function diffAmlCompute(spec: AmlComputeSpec, props: AmlCompute['properties'], diff: ComputeDiff): void {
  const tier = props?.vmPriority === 'LowPriority' ? 'low_priority' : 'dedicated';
  if (props?.vmPriority && tier !== spec.tier) diff.immutable.push(`tier: ${tier} -> ${spec.tier}`);
  const current = props?.scaleSettings;
  const wanted = scaleSettingsOf(spec);
  const fields: [string, number | undefined, number][] = [
    ['min_instances', current?.minNodeCount ?? 0, spec.minInstances],
    ['max_instances', current?.maxNodeCount, spec.maxInstances],
    [
      'idle_time_before_scale_down',
      durationSeconds(current?.nodeIdleTimeBeforeScaleDown),
      spec.idleSecondsBeforeScaleDown,
    ],
  ];
  for (const [name, was, now] of fields) if (was !== now) diff.changes.push(`${name}: ${was ?? '(unset)'} -> ${now}`);
  if (diff.changes.length) diff.scaleSettings = wanted;
}
