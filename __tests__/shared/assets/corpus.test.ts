/**
 * Every component and environment YAML of azureml-examples is registered against the emulated workspace
 * (the emulator validates each request like the service) or refused with a located "not supported yet: X".
 * The corpus has no code folders; small placeholders stand in for them. Environments the components name
 * as `azureml:name:version` are seeded first: the workspace those examples were written for has them.
 */
import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { registerAssets } from '../../../shared/assets/register.js';
import { startAssetsFixture, type AssetsFixture } from './assets-fixture.js';
import * as examples from '../../support/examples-corpus.js';

type Kind = 'component' | 'environment';

interface Outcome {
  file: string;
  kind: Kind;
  registered: boolean;
  reasons: string[];
}

let fx: AssetsFixture;
let root: string;
const outcomes: Outcome[] = [];

function kindOf(doc: Record<string, unknown>): Kind | undefined {
  const schema = String(doc.$schema ?? '');
  if (/Component\.schema\.json$/.test(schema)) return 'component';
  if (schema.endsWith('environment.schema.json')) return 'environment';
  return undefined;
}

async function seedEnvironmentReference(environment: unknown): Promise<void> {
  const match = typeof environment === 'string' ? /^azureml:([^:@/]+):([^:@/]+)$/.exec(environment) : null;
  if (!match || match[1].startsWith('AzureML-')) return;
  await fx.ws.emu.seed.assetVersion('environments', match[1], match[2], {
    image: 'mcr.microsoft.com/azureml/base:latest',
  });
}

async function registerOne(file: string, kind: Kind): Promise<void> {
  const reasons = await examples.refusalOf(root, async () => {
    const loaded = await loadAssetFiles({
      environments: kind === 'environment' ? [file] : [],
      components: kind === 'component' ? [file] : [],
    });
    // auto: the corpus reuses names (many `train` components) with different content.
    await registerAssets(fx.session, loaded, { strategy: 'auto', dryRun: false, tags: { 'github.sha': 'corpus' } });
  });
  outcomes.push({ file: relative(root, file), kind, registered: reasons === undefined, reasons: reasons ?? [] });
}

beforeAll(async () => {
  fx = await startAssetsFixture();
  root = await examples.scratchCopy('aml-assets-corpus-');
  const typed: [string, Kind][] = [];
  for (const { file, doc } of await examples.yamlDocuments(root)) {
    const kind = kindOf(doc);
    if (!kind) continue;
    await examples.placeholderFolder(file, doc.code);
    for (const include of Array.isArray(doc.additional_includes) ? doc.additional_includes : [])
      await examples.placeholderFolder(file, include);
    const inlineEnvironment = typeof doc.environment === 'object' ? (doc.environment as typeof doc) : undefined;
    for (const owner of [doc, inlineEnvironment]) {
      await examples.placeholderFolder(file, (owner?.build as { path?: unknown } | undefined)?.path);
    }
    await seedEnvironmentReference(doc.environment);
    typed.push([file, kind]);
  }
  for (const [file, kind] of typed) await registerOne(file, kind);
  const report = (['component', 'environment'] as Kind[]).map((kind) => {
    const all = outcomes.filter((o) => o.kind === kind);
    const refused = all.filter((o) => !o.registered);
    const summary = `${kind}: ${all.length - refused.length}/${all.length} registered, ${refused.length} refused`;
    return examples.reportPart(summary, refused);
  });
  console.log(report.join('\n'));
}, 120_000);

afterAll(async () => {
  await fx?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('azureml-examples components and environments against the emulated workspace', () => {
  test('the corpus has its components and environments', () => {
    expect(outcomes.filter((o) => o.kind === 'component').length).toBeGreaterThanOrEqual(60);
    expect(outcomes.filter((o) => o.kind === 'environment').length).toBeGreaterThanOrEqual(4);
  });

  test('each one is registered (the emulator accepted every request) or refused only as "not supported yet"', () => {
    for (const outcome of outcomes.filter((o) => !o.registered)) {
      expect(outcome.reasons.length).toBeGreaterThan(0);
      for (const reason of outcome.reasons) expect(reason).toMatch(/^[^?].*:\d+: not supported yet: /);
    }
    expect(outcomes.filter((o) => o.registered).length).toBeGreaterThan(outcomes.length / 2);
  });

  test('every registered component version carries its spec, content hash and trace tag', () => {
    const versions = fx.ws.emu.seed.storedVersions('components');
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      expect(['command', 'pipeline', 'parallel', 'spark']).toContain(
        (v.properties.componentSpec as { type: string }).type,
      );
      expect(v.properties.tags).toMatchObject({ 'github.sha': 'corpus' });
      // The components inside a pipeline component are anonymous, versioned by their spec instead.
      if (!v.properties.isAnonymous)
        expect(Object.keys(v.properties.properties as object)).toContain('mlops_actions.content_hash');
    }
  });

  test('pipeline components are registered with the components inside them, anonymously and first', () => {
    const named = fx.ws.emu.state.assets.components.versions;
    const pipelines = [...named.values()]
      .flatMap((byVersion) => [...byVersion.values()])
      .filter((v) => (v.properties.componentSpec as { type: string }).type === 'pipeline' && !v.properties.isAnonymous);
    expect(pipelines.length).toBeGreaterThanOrEqual(4);
    for (const p of pipelines) {
      const jobs = (p.properties.componentSpec as { jobs: Record<string, { componentId: string }> }).jobs;
      for (const job of Object.values(jobs)) {
        const local = /\/components\/([^/]+)\/versions\/([^/]+)$/.exec(job.componentId);
        // each step's component id names a version the workspace holds
        if (local) expect(named.get(local[1])?.has(local[2])).toBe(true);
      }
    }
  });
});
