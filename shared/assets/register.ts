/**
 * register-components' engine: plan every asset against the workspace (read-only), stop on any problem,
 * then write only what changed. A dry run stops after the plan.
 */
import type { AzureSession } from '../azure/session.js';
import { datastoreUploader, executePlan, outcomeOf, type SnapshotUploader } from './execute.js';
import type { AssetFiles } from './load.js';
import { planRegistration, type RegistrationPlan } from './plan.js';
import { ANONYMOUS_COMPONENT, type AssetOutcome, type RegistrationResult, type VersionStrategy } from './types.js';
import { WorkspaceAssets } from './workspace-assets.js';

export interface RegisterOptions {
  strategy: VersionStrategy;
  /** Validate and plan only: nothing is uploaded or written. */
  dryRun: boolean;
  /** Traceability tags written on every created asset. */
  tags: Record<string, string>;
  /** Where code snapshots go; the workspace's default datastore unless given. */
  uploader?: SnapshotUploader;
}

export async function registerAssets(
  session: AzureSession,
  files: AssetFiles,
  options: RegisterOptions,
): Promise<RegistrationResult> {
  const log = session.log;
  const assets = new WorkspaceAssets(session);
  const plan = await log.group('Plan (read-only look-ups)', () =>
    planRegistration(assets, files, { strategy: options.strategy }),
  );
  for (const warning of plan.warnings) log.warning(warning.message, warning.location);
  logPlan(session, plan, options.dryRun);
  const outcomes = options.dryRun
    ? allPlanned(plan).map((asset) => outcomeOf(asset, 'dry-run'))
    : await log.group('Register', () =>
        executePlan(assets, plan, {
          tags: options.tags,
          uploader: options.uploader ?? datastoreUploader(session),
          strategy: options.strategy,
        }),
      );
  return resultOf(outcomes, plan, options.dryRun);
}

function allPlanned(plan: RegistrationPlan) {
  return [...plan.codes, ...plan.environments, ...plan.components];
}

function logPlan(session: AzureSession, plan: RegistrationPlan, dryRun: boolean): void {
  const verb = dryRun ? 'would create' : 'create';
  for (const asset of allPlanned(plan)) {
    const what = asset.action === 'create' ? verb : 'unchanged';
    session.log.info(
      `${what.padEnd(12)} ${asset.kind} ${asset.name}:${asset.version} - ${asset.reason} (${asset.source})`,
    );
  }
  const writes = allPlanned(plan).filter((a) => a.action === 'create').length;
  session.log.info(
    writes === 0
      ? 'Everything is registered already: nothing to upload or write.'
      : `${writes} asset(s) to ${dryRun ? 'register (dry run: nothing is written)' : 'register'}.`,
  );
}

function resultOf(outcomes: AssetOutcome[], plan: RegistrationPlan, dryRun: boolean): RegistrationResult {
  const components: Record<string, string> = {};
  const environments: Record<string, string> = {};
  for (const c of plan.components) if (c.name !== ANONYMOUS_COMPONENT) components[c.name] = c.version;
  for (const e of plan.environments) if (!e.anonymous) environments[e.name] = e.version;
  return { assets: outcomes, components, environments, dryRun };
}
