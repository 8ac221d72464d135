/** The values register-components (and submit-pipeline's anonymous components) plan, write and report. */
import type { SourceLocation } from '../core/logger.js';

/** `yaml`: the `version:` written in the file; `auto`: the next free version when the content changed. */
export type VersionStrategy = 'yaml' | 'auto';
export const VERSION_STRATEGIES: readonly VersionStrategy[] = ['yaml', 'auto'];

export type AssetKind = 'code' | 'environment' | 'component';

/**
 * Where our content hash lives on a registered version. Properties (unlike tags) cannot be changed after
 * creation, so the hash always describes the content the version was created with.
 */
export const CONTENT_HASH_PROPERTY = 'mlops_actions.content_hash';

/** Names azure-ai-ml gives anonymous assets; ours land next to theirs in the studio. */
export const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';
export const ANONYMOUS_COMPONENT = 'azureml_anonymous';

/** What the plan says about one asset: write it, or use what is registered. */
export type AssetAction = 'create' | 'reuse';

/** One asset as the plan (dry run) or the registration reports it. */
export interface AssetOutcome {
  kind: AssetKind;
  name: string;
  version: string;
  /** ARM id of the version. */
  id: string;
  /** `created`: written by this run; `unchanged`: identical content was registered already; `planned`: dry run. */
  status: 'created' | 'unchanged' | 'planned';
  /** Why: "new version", "same content as 3", "content changed since 2", ... */
  reason: string;
  /** The YAML file (or code folder) it comes from. */
  source?: string;
}

export interface RegistrationResult {
  assets: AssetOutcome[];
  /** Named components: name -> version (registered or reused). */
  components: Record<string, string>;
  /** Named environments: name -> version. */
  environments: Record<string, string>;
  dryRun: boolean;
}

/** A version that exists in the workspace, reduced to what the decisions need. */
export interface RegisteredVersion {
  name: string;
  version: string;
  id: string;
  /** Our content hash, when this action (or a compatible one) registered it. */
  contentHash?: string;
}

/** A problem found while planning, before anything is written. */
export interface PlanProblem {
  message: string;
  location?: SourceLocation;
}
