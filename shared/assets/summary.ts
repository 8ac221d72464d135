/** What register-components reports: outputs for later steps and the rows of the job summary table. */
import path from 'node:path';
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

/** A content hash as a version (the local store files code by its 64-hex-digit hash): its first 12 digits. */
const shortVersion = (version: string) => (/^[0-9a-f]{64}$/.test(version) ? version.slice(0, 12) : version);

/**
 * What a reader knows a code snapshot by: the components whose YAML sits above its folder (`code: ./src` next
 * to `train.yaml`), as "code of train"; else the folder's name. Its own name is a hash (Azure) or `src` (local).
 */
function codeLabel(code: AssetOutcome, components: AssetOutcome[]): string {
  if (!code.source) return code.name;
  const folder = path.resolve(code.source);
  const owners = components.filter(
    (c) => c.source && folder.startsWith(path.dirname(path.resolve(c.source)) + path.sep),
  );
  const names = [...new Set(owners.map((c) => c.name))];
  return names.length ? `code of ${names.join(', ')}` : path.basename(folder);
}

/** Header and rows of the summary table, components first (what users look for), code snapshots last. */
export function summaryRows(result: RegistrationResult): string[][] {
  const order = { component: 0, environment: 1, code: 2 } as const;
  const components = result.assets.filter((a) => a.kind === 'component');
  const name = (a: AssetOutcome) => (a.kind === 'code' ? codeLabel(a, components) : a.name);
  const rows = [...result.assets]
    .sort((a, b) => order[a.kind] - order[b.kind] || name(a).localeCompare(name(b)))
    .map((a) => [a.kind, name(a), shortVersion(a.version), STATUS_TEXT[a.status], a.reason]);
  return [['Kind', 'Name', 'Version', 'Status', 'Why'], ...rows];
}

/** One line for the summary heading: what this run did. */
export function summaryHeadline(result: RegistrationResult): string {
  const count = (status: AssetOutcome['status']) => result.assets.filter((a) => a.status === status).length;
  if (result.dryRun)
    return `Dry run: ${count('planned')} asset(s) would be registered, ${count('unchanged')} unchanged. Nothing was written.`;
  return `${count('created')} asset(s) registered, ${count('unchanged')} unchanged.`;
}
