import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  anonymousComponentVersion,
  componentVersionBody,
  resolveComponentDependencies,
} from '../../../shared/pipeline/component-rest.js';
import { environmentVersionBody, loadEnvironmentFile } from '../../../shared/pipeline/environment.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { loadAnyComponentFile } from '../../../shared/pipeline/steps/index.js';
import { pipelineComponentSpec } from '../../../shared/pipeline/steps/pipeline.js';
import { pipelineJobBody, restContext, type PipelineJobBody } from '../../../shared/pipeline/to-rest.js';
import { recordingResolver } from './fake-resolver.js';
import { startArmEmulator, type ArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonValue } from '../../support/arm-emulator/json.js';
import { armRequest, wsPath } from '../../support/arm-emulator/test-client.js';
import * as examples from '../../support/examples-corpus.js';

/**
 * Every pipeline, component and environment YAML of azureml-examples either converts to a REST body or is
 * refused with located messages. The code folders are not in the corpus; placeholders are made for them.
 */
type Kind = 'pipeline' | 'component' | 'environment';

interface Outcome {
  file: string;
  kind: Kind;
  converted: boolean;
  reasons: string[];
  /** A pipeline job whose steps are all command steps (`type: command`, or no type). */
  commandOnly?: boolean;
}

let root: string;
const outcomes: Outcome[] = [];
/** The REST body of every pipeline that converted, by its file, for the service-acceptance test below. */
const pipelineBodies = new Map<string, object>();

function isCommandOnly(doc: Record<string, unknown>): boolean {
  const jobs = doc.jobs;
  if (jobs === null || typeof jobs !== 'object') return false;
  const steps = Object.values(jobs as Record<string, { type?: unknown } | null>);
  return steps.length > 0 && steps.every((step) => (step?.type ?? 'command') === 'command');
}

function kindOf(doc: Record<string, unknown>): Kind | undefined {
  const schema = String(doc.$schema ?? '');
  if (schema.endsWith('pipelineJob.schema.json')) return 'pipeline';
  if (/(command|pipeline|spark|parallel)Component\.schema\.json$/.test(schema)) return 'component';
  if (schema.endsWith('environment.schema.json')) return 'environment';
  return undefined;
}

/** Creates the code folders, build contexts and additional includes the corpus does not carry. */
async function placeholders(file: string, doc: unknown): Promise<void> {
  const visit = async (node: unknown): Promise<void> => {
    if (Array.isArray(node)) for (const item of node) await visit(item);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'additional_includes' && Array.isArray(value)) {
        for (const include of value) await examples.placeholderFolder(file, include);
        continue;
      }
      const isPathKey = key === 'code' || (key === 'build' && typeof value === 'object');
      const target = key === 'build' ? (value as { path?: unknown }).path : value;
      if (isPathKey) await examples.placeholderFolder(file, target);
      await visit(value);
    }
  };
  await visit(doc);
}

async function convert(file: string, kind: Kind): Promise<void> {
  const resolver = recordingResolver();
  if (kind === 'pipeline') {
    const job = await loadPipelineJob(file);
    const body = await pipelineJobBody(job, resolver);
    expect(body.properties.jobType).toBe('Pipeline');
    pipelineBodies.set(file, body);
  } else if (kind === 'component') {
    const component = await loadAnyComponentFile(file);
    if (component.type !== 'pipeline') {
      const body = componentVersionBody(component, await resolveComponentDependencies(component, resolver));
      expect(body.properties.componentSpec.type).toBe(component.type);
    } else {
      const spec = await pipelineComponentSpec(component, 'YAML.COMPONENT', restContext(resolver));
      expect(spec.type).toBe('pipeline');
    }
  } else {
    const env = await loadEnvironmentFile(file);
    const body = environmentVersionBody(env, {
      buildContextUri: 'https://acct.blob.core.windows.net/c/LocalUpload/x/ctx',
    });
    expect(body.properties.image ?? body.properties.build).toBeDefined();
  }
}

beforeAll(async () => {
  root = await examples.scratchCopy('aml-corpus-');
  const typed: [string, Kind][] = [];
  const commandOnly = new Set<string>();
  for (const { file, doc } of await examples.yamlDocuments(root)) {
    await placeholders(file, doc);
    const kind = kindOf(doc);
    if (kind) typed.push([file, kind]);
    if (kind === 'pipeline' && isCommandOnly(doc)) commandOnly.add(file);
  }
  for (const [file, kind] of typed) {
    const reasons = await examples.refusalOf(root, () => convert(file, kind));
    outcomes.push({
      file: relative(root, file),
      kind,
      converted: reasons === undefined,
      reasons: reasons ?? [],
      commandOnly: commandOnly.has(file),
    });
  }
  const report = (['pipeline', 'component', 'environment'] as Kind[]).map((kind) => {
    const all = outcomes.filter((o) => o.kind === kind);
    const refused = all.filter((o) => !o.converted);
    return examples.reportPart(`${kind}: ${all.length - refused.length}/${all.length} convert`, refused);
  });
  const commandPipelines = outcomes.filter((o) => o.commandOnly);
  report.push(
    `pipelines with only command steps: ${commandPipelines.filter((o) => o.converted).length}/${commandPipelines.length} convert`,
  );
  console.log(report.join('\n'));
});

/**
 * Components the examples name as `azureml:name@latest` or `azureml:name:version` (registered by an earlier
 * example, e.g. 1b_e2e_registered_components) exist in the workspace they were written for: seed them.
 */
async function seedRegisteredComponents(emu: ArmEmulator, body: PipelineJobBody): Promise<void> {
  const ids = Object.values(body.properties.jobs).map((step) => String(step.componentId));
  for (const id of ids) {
    const match = /\/components\/([^/]+)\/(versions|labels)\/([^/]+)$/.exec(id);
    if (!match || match[1] === 'azureml_anonymous') continue;
    const version = match[2] === 'versions' ? match[3] : '1';
    await emu.seed.assetVersion('components', match[1], version, {
      componentSpec: { name: match[1], version, type: 'command', command: 'echo', environment: 'azureml:env:1' },
    });
  }
}

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('azureml-examples corpus', () => {
  it('finds the pipelines, components and environments of the corpus', () => {
    expect(outcomes.filter((o) => o.kind === 'pipeline').length).toBeGreaterThanOrEqual(40);
    expect(outcomes.filter((o) => o.kind === 'component').length).toBeGreaterThanOrEqual(60);
    expect(outcomes.filter((o) => o.kind === 'environment').length).toBeGreaterThanOrEqual(4);
  });

  it('converts at least 95% of the pipeline jobs', () => {
    const pipelines = outcomes.filter((o) => o.kind === 'pipeline');
    expect(pipelines.filter((o) => o.converted).length / pipelines.length).toBeGreaterThanOrEqual(0.95);
  });

  it('converts every pipeline job whose steps are all command steps', () => {
    const commandPipelines = outcomes.filter((o) => o.commandOnly);
    expect(commandPipelines.length).toBeGreaterThanOrEqual(25);
    const refused = commandPipelines.filter((o) => !o.converted);
    expect(refused.map((o) => `${o.file}: ${o.reasons.join('; ')}`)).toEqual([]);
  });

  it('every converted pipeline body is accepted by the ARM emulator (201 on PUT jobs/{name}), swagger included', async () => {
    // The emulator also holds every body (components and jobs) to the api-version's swagger; close() fails if not.
    const emu = await startArmEmulator({ checkRequestBodies: true });
    try {
      const refused: string[] = [];
      let i = 0;
      for (const file of pipelineBodies.keys()) {
        // Converted again against the emulated workspace, its anonymous components registered there first:
        // the emulator, like the service, refuses a componentId that does not resolve.
        const resolver = recordingResolver(emu.workspaceId);
        const body = await pipelineJobBody(await loadPipelineJob(file), resolver);
        const components = [
          ...resolver.components.map((c) => ({ ...c, properties: { ...c.properties } })),
          ...resolver.specs.map((spec) => ({ properties: { componentSpec: spec, isAnonymous: true } })),
        ];
        for (const component of components) {
          const version = anonymousComponentVersion(component.properties.componentSpec);
          const put = await armRequest(emu, 'PUT', wsPath(emu, `/components/azureml_anonymous/versions/${version}`), {
            body: component as unknown as JsonValue,
          });
          if (put.status >= 300)
            refused.push(`${relative(root, file)}: component ${put.status} ${JSON.stringify(put.body)}`);
        }
        await seedRegisteredComponents(emu, body);
        const response = await armRequest(emu, 'PUT', wsPath(emu, `/jobs/corpus-${i++}`), {
          body: body as unknown as JsonValue,
        });
        if (response.status !== 201)
          refused.push(`${relative(root, file)}: ${response.status} ${JSON.stringify(response.body)}`);
      }
      expect(refused).toEqual([]);
      expect(i).toBeGreaterThanOrEqual(30);
    } finally {
      await emu.close();
    }
  });

  it('refuses the rest only with located "not supported yet" messages', () => {
    for (const outcome of outcomes.filter((o) => !o.converted)) {
      expect(outcome.reasons.length).toBeGreaterThan(0);
      for (const reason of outcome.reasons) expect(reason).toMatch(/^[^?].*:\d+: not supported yet: /);
    }
  });
});
