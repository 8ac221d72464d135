/**
 * The emulator's store: one workspace's computes, datastores, assets and jobs, plus running operations.
 * Tests may read and change it directly (`emu.state`), or use the seed helpers (`emu.seed`).
 */
import type { JsonObject } from './json.js';
import { Operations } from './lro.js';
import type { JobRecord } from './arm/job-script.js';

/** An ARM resource as stored and returned: `{id, name, type, systemData, properties, ...}`. */
export interface StoredResource extends JsonObject {
  id: string;
  name: string;
  type: string;
  systemData: JsonObject;
  properties: JsonObject;
}

export interface DatastoreRecord {
  resource: StoredResource;
  /** Write-only secrets (`credentials.secrets`), returned only by listSecrets. */
  secrets: JsonObject | undefined;
}

export const ASSET_KINDS = ['codes', 'components', 'environments', 'models', 'data'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface AssetStore {
  containers: Map<string, StoredResource>;
  /** container name -> version -> resource, in creation order. */
  versions: Map<string, Map<string, StoredResource>>;
}

/** Names are case-insensitive in ARM; the store keys by lower-cased name and keeps the given case inside. */
export const key = (name: string): string => name.toLowerCase();

export class EmulatorState {
  readonly computes = new Map<string, StoredResource>();
  readonly datastores = new Map<string, DatastoreRecord>();
  readonly assets: Record<AssetKind, AssetStore> = {
    codes: emptyAssetStore(),
    components: emptyAssetStore(),
    environments: emptyAssetStore(),
    models: emptyAssetStore(),
    data: emptyAssetStore(),
  };
  readonly jobs = new Map<string, JobRecord>();
  readonly operations = new Operations();
}

function emptyAssetStore(): AssetStore {
  return { containers: new Map(), versions: new Map() };
}
