import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadAnyComponentFile } from '../../../../shared/pipeline/steps/index.js';
import { pipelineComponentSpec, pipelineComponentVersionBody } from '../../../../shared/pipeline/steps/pipeline.js';
import {
  componentVersionBody,
  resolveComponentDependencies,
  type ComponentSource,
  type DependencyResolver,
  type RegistrableComponent,
} from '../../../../shared/pipeline/component-rest.js';
import { loadPipelineJob } from '../../../../shared/pipeline/pipeline-job.js';
import {
  pipelineJobBody,
  restContext,
  type PipelineBodyOptions,
  type PipelineResolver,
} from '../../../../shared/pipeline/to-rest.js';
import { diffJson, type Difference, type Json } from './diff.js';

export const FIXTURES = new URL('../../../fixtures/fidelity/', import.meta.url).pathname;

/**
 * Run-specific: the workspace as the test proxy sanitised it (subscription, resource group and workspace names
 * replaced by zeros; older and newer recorders differ in the subscription's length). Our fake resolver answers
 * with the recording's own workspace, so no id needs rewriting.
 */
function recordedWorkspace(testCase: FidelityCase): string {
  for (const request of testCase.recorded) {
    const match =
      /\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/?]+/.exec(
        request.RequestUri,
      );
    if (match) return match[0];
  }
  throw new Error(`${testCase.name}: no workspace URI in recorded-request.json`);
}

/**
 * Run-specific: the SDK tests patch the upload hash (`mock_code_hash`) and the asset name (`mock_asset_name`), so
 * every recorded upload lands under this folder and every code asset is called this, whatever the files hold.
 */
const RECORDED_UPLOAD_HASH = '00000000000000000000000000000000';
const RECORDED_ASSET_NAME = '000000000000000000000';

/** One recorded request as kept in `recorded-request.json` (the recording's entry, headers and response left out). */
export interface RecordedRequest {
  RequestMethod: string;
  RequestUri: string;
  /** The request's recorded `Content-Length` header: proves the body here is the recorded one, byte for byte. */
  ContentLength: number;
  /** `ResponseBody.id` of the same entry: the id the service gave the component, which the job body refers to. */
  ResponseId?: string;
  RequestBody: Json;
}

/** `case.json`: what the SDK test did with which YAML. */
export interface CaseSpec {
  /** The YAML under `fixtures/fidelity/`, as the SDK test passed it to `load_job` / `load_component`. */
  yaml: string;
  /** `pipeline`: a job PUT (and the anonymous component PUTs before it); `component`: a component PUT. */
  kind: 'pipeline' | 'component';
  stepType: 'command' | 'pipeline' | 'sweep' | 'parallel' | 'spark';
  /**
   * What the SDK test overrode with `params_override` (besides the job name). For a pipeline, applied as
   * `--set`; for a component only `name` (the test's random name), put in place of the spec's name.
   */
  set?: Record<string, string>;
  /** Substrings the recorder's sanitiser replaced everywhere in that recording (`{"sdk": "00000"}`). */
  sanitised?: Record<string, string>;
  /** The id the recorded environment PUT answered, for a component with an inline environment. */
  environmentId?: string;
  /** The code asset the recording resolved `code:` to (an existing asset found by hash), when not the mocked one. */
  codeId?: string;
  /** A component file registered anonymously as a pipeline step (`_source: YAML.JOB`) rather than by name. */
  anonymous?: boolean;
}

export interface FidelityCase {
  name: string;
  spec: CaseSpec;
  recorded: RecordedRequest[];
}

export async function loadCases(): Promise<FidelityCase[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true });
  const cases: FidelityCase[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && e.name !== 'test_configs')) {
    const dir = join(FIXTURES, entry.name);
    cases.push({
      name: entry.name,
      spec: JSON.parse(await readFile(join(dir, 'case.json'), 'utf8')) as CaseSpec,
      recorded: JSON.parse(await readFile(join(dir, 'recorded-request.json'), 'utf8')) as RecordedRequest[],
    });
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

/** A body we would send, paired with the recorded body it must equal. */
export interface Comparison {
  label: string;
  differences: Difference[];
}

/**
 * The test proxy's sanitisers of older recordings replaced some names everywhere, inside user values too (the
 * resource group `sdk`: `owner: sdkteam` was recorded as `00000team`). The same replacement is applied to our
 * bodies, for the cases whose case.json lists it.
 */
function sanitiseLikeTheRecorder(value: Json, replaced: Record<string, string> = {}): Json {
  const clean = (text: string): string =>
    Object.entries(replaced).reduce((t, [from, to]) => t.replaceAll(from, to), text);
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map((v) => sanitiseLikeTheRecorder(v, replaced));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [clean(k), sanitiseLikeTheRecorder(v, replaced)]));
  return value;
}

/**
 * Run-specific: `client_component_hash` (a named component's property) is a hash over the spec including the
 * name the test made up at random, so only its presence is compared, not its value.
 */
function withoutClientHash(body: Json): Json {
  const props = (body as { properties?: { properties?: Record<string, Json> } }).properties?.properties;
  if (props && typeof props.client_component_hash === 'string') props.client_component_hash = '(hash)';
  return body;
}

const isJobPut = (r: RecordedRequest): boolean => r.RequestMethod === 'PUT' && /\/jobs\/[^/?]+\?/.test(r.RequestUri);
const isComponentPut = (r: RecordedRequest): boolean =>
  r.RequestMethod === 'PUT' && /\/components\/[^/]+\/versions\/[^/?]+\?/.test(r.RequestUri);
/** The named component a `component create` registers; anonymous PUTs before it are its inner components. */
const isNamedComponentPut = (r: RecordedRequest): boolean =>
  isComponentPut(r) && !r.RequestUri.includes('/components/azureml_anonymous/');

/**
 * The Azure side as the recording saw it: uploads and code assets named as the mocks named them, anonymous
 * components answered with the id the service gave the recorded component PUT our body matches best (so a
 * node pointing at the wrong component shows up as a `componentId` difference in the job body).
 */
function recordedResolver(testCase: FidelityCase, comparisons: Comparison[]): PipelineResolver & DependencyResolver {
  const recordedComponents = testCase.recorded.filter(isComponentPut);
  const workspace = recordedWorkspace(testCase);
  const resolver: PipelineResolver & DependencyResolver = {
    workspaceId: workspace,
    codeId: async () => testCase.spec.codeId ?? `${workspace}/codes/${RECORDED_ASSET_NAME}/versions/1`,
    environmentId: async () => {
      if (!testCase.spec.environmentId) throw new Error(`${testCase.name}: case.json has no environmentId`);
      return testCase.spec.environmentId;
    },
    // No recorded case looks a label up; a conversion that tries is a difference worth seeing.
    resolveLabel: async (collection, name, label) => {
      throw new Error(`${testCase.name}: the recording has no answer for ${collection}/${name}@${label}`);
    },
    uploadLocalData: async (path, type) =>
      `azureml://datastores/workspaceblobstore/paths/LocalUpload/${RECORDED_UPLOAD_HASH}/${basename(path)}${type === 'uri_folder' ? '/' : ''}`,
    registerComponent: async (component: RegistrableComponent, source: ComponentSource = 'YAML.JOB') => {
      const deps = await resolveComponentDependencies(component, resolver);
      const body = componentVersionBody(component, deps, { isAnonymous: true, source });
      return matchRecorded(body, `component ${component.name ?? component.file}`);
    },
    registerComponentSpec: async (spec, component) => {
      const body =
        component.type === 'pipeline'
          ? pipelineComponentVersionBody(component, spec, { isAnonymous: true })
          : { properties: { componentSpec: spec } };
      return matchRecorded(body, `pipeline component ${component.name ?? component.file}`);
    },
    get dependencies() {
      return resolver;
    },
  };
  const matchRecorded = (body: object, label: string): string => {
    const ours = sanitiseLikeTheRecorder(body as unknown as Json, testCase.spec.sanitised);
    const best = closest(ours, recordedComponents);
    if (!best) {
      comparisons.push({
        label,
        differences: [{ path: '(request)', ours, recorded: '(no component PUT recorded)' }],
      });
      return `${workspace}/components/azureml_anonymous/versions/(unrecorded)`;
    }
    comparisons.push({ label: `${label} (recorded ${best.id})`, differences: best.differences });
    return best.id;
  };
  return resolver;
}

function closest(ours: Json, candidates: RecordedRequest[]): { id: string; differences: Difference[] } | undefined {
  let best: { id: string; differences: Difference[] } | undefined;
  for (const candidate of candidates) {
    const differences = diffJson(ours, candidate.RequestBody);
    if (!best || differences.length < best.differences.length)
      best = { id: candidate.ResponseId ?? candidate.RequestUri, differences };
  }
  return best;
}

/** Converts the case's YAML with our code and compares every body with the recorded one. */
export async function compareCase(testCase: FidelityCase): Promise<Comparison[]> {
  const comparisons: Comparison[] = [];
  const resolver = recordedResolver(testCase, comparisons);
  const compare = testCase.spec.kind === 'component' ? compareComponent : compareJob;
  comparisons.push(await compare(testCase, resolver));
  return comparisons;
}

/** `az ml component create` (or a component file registered as a step): one component PUT. */
async function compareComponent(
  testCase: FidelityCase,
  resolver: PipelineResolver & DependencyResolver,
): Promise<Comparison> {
  const file = join(FIXTURES, testCase.spec.yaml);
  const component = await loadAnyComponentFile(file);
  const anonymous = testCase.spec.anonymous === true;
  const body =
    component.type === 'pipeline'
      ? pipelineComponentVersionBody(
          component,
          await pipelineComponentSpec(component, 'YAML.COMPONENT', restContext(resolver)),
        )
      : componentVersionBody(
          component,
          await resolveComponentDependencies(component, resolver),
          anonymous ? { isAnonymous: true, source: 'YAML.JOB' } : { source: 'YAML.COMPONENT' },
        );
  // Run-specific: the SDK test registered the file under a random name (`params_override` name).
  const name = testCase.spec.set?.name;
  if (name !== undefined) body.properties.componentSpec.name = name;
  const ours = withoutClientHash(sanitiseLikeTheRecorder(body as unknown as Json, testCase.spec.sanitised));
  const recorded = testCase.recorded.find(anonymous ? isComponentPut : isNamedComponentPut);
  if (!recorded)
    throw new Error(`${testCase.name}: no ${anonymous ? '' : 'named '}component PUT in recorded-request.json`);
  const theirs = withoutClientHash(structuredClone(recorded.RequestBody));
  return { label: 'component PUT', differences: diffJson(ours, theirs) };
}

/** `az ml job create`: the job PUT (the anonymous component PUTs are compared as the resolver registers them). */
async function compareJob(
  testCase: FidelityCase,
  resolver: PipelineResolver & DependencyResolver,
): Promise<Comparison> {
  const file = join(FIXTURES, testCase.spec.yaml);
  const recordedJob = testCase.recorded.find(isJobPut);
  if (!recordedJob) throw new Error(`${testCase.name}: no job PUT in recorded-request.json`);
  const set = Object.entries(testCase.spec.set ?? {}).map(([path, value]) => ({ path, value }));
  const job = await loadPipelineJob(file, { set });
  // Run-specific: without `experiment_name` in the YAML the SDK names the experiment after the folder the
  // tests ran in ("azure-ai-ml"); the action names it after the repository/run instead. Given the same name.
  const recordedExperiment = (recordedJob.RequestBody as { properties: { experimentName?: string } }).properties
    .experimentName;
  // Run-specific: the job name is the test's random name. Without `display_name` the SDK sends the job name as
  // displayName; `name` is offered to the converter for that (an option it does not have yet: see GAPS.md).
  const jobName = /\/jobs\/([^/?]+)\?/.exec(recordedJob.RequestUri)?.[1];
  const options: PipelineBodyOptions & { name?: string } = {
    experimentName: job.experimentName ?? recordedExperiment,
    name: jobName,
  };
  const body = await pipelineJobBody(job, resolver, options);
  const ours = sanitiseLikeTheRecorder(body as unknown as Json, testCase.spec.sanitised);
  return { label: 'job PUT', differences: diffJson(ours, recordedJob.RequestBody) };
}

/** `path: ours vs recorded`, one line per difference, for the test's failure message and GAPS.md. */
export function formatComparisons(comparisons: Comparison[]): string {
  return comparisons
    .filter((c) => c.differences.length > 0)
    .map((c) =>
      [`${c.label}:`, ...c.differences.map((d) => `  ${d.path}: ${show(d.ours)} vs ${show(d.recorded)}`)].join('\n'),
    )
    .join('\n');
}

function show(value: Json | undefined): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}
