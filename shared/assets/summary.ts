/** What register-components reports: outputs for later steps and the rows of the job summary table. */
import type { AssetOutcome, RegistrationResult } from './types.js';

export interface RegistrationOutputs {
  assets: string;
  components: string;
  environments: string;
  registered: string;
  skipped: string;
}

/** The action's outputs, as the JSON strings later steps parse with `fromJSON`. */
export function registrationOutputs(result: RegistrationResult): RegistrationOutputs {
  const named = result.assets.filter((a) => a.kind !== 'code' && !a.id.includes('/CliV2AnonymousEnvironment/'));
  const label = (a: AssetOutcome) => `${a.name}:${a.version}`;
  return {
    assets: JSON.stringify(
      result.assets.map(({ kind, name, version, id, status }) => ({ kind, name, version, id, status })),
    ),
    components: JSON.stringify(result.components),
    environments: JSON.stringify(result.environments),
    registered: JSON.stringify(named.filter((a) => a.status !== 'unchanged').map(label)),
    skipped: JSON.stringify(named.filter((a) => a.status === 'unchanged').map(label)),
  };
}

const STATUS_TEXT: Record<AssetOutcome['status'], string> = {
  created: 'registered',
  unchanged: 'unchanged',
  planned: 'would register',
};

/** Header and rows of the summary table, components first (what users look for), code snapshots last. */
export function summaryRows(result: RegistrationResult): string[][] {
  const order = { component: 0, environment: 1, code: 2 } as const;
  const rows = [...result.assets]
    .sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name))
    .map((a) => [a.kind, a.name, a.version, STATUS_TEXT[a.status], a.reason]);
  return [['Kind', 'Name', 'Version', 'Status', 'Why'], ...rows];
}

/** One line for the summary heading: what this run did. */
export function summaryHeadline(result: RegistrationResult): string {
  const count = (status: AssetOutcome['status']) => result.assets.filter((a) => a.status === status).length;
  if (result.dryRun)
    return `Dry run: ${count('planned')} asset(s) would be registered, ${count('unchanged')} unchanged. Nothing was written.`;
  return `${count('created')} asset(s) registered, ${count('unchanged')} unchanged.`;
}
