import type { SourceLocation } from '../core/logger.js';
import type { ScalarValue } from '../yaml/located.js';
import type { Binding } from './bindings.js';
import type { CommandComponent } from './component.js';
import type { ComponentBase, ComponentHeaderFields } from './steps/header.js';
import type { DataType, LiteralType } from './ports.js';
import type { JsonValue } from './python-format.js';
import type { DataPath, RemoteRef } from './refs.js';

/** What a pipeline job and each of its steps say alike about their run (`readJobFields` reads them for both). */
export interface JobFields {
  compute?: string;
  displayName?: string;
  description?: string;
  tags?: Record<string, string>;
  properties?: Record<string, string>;
  identity?: Identity;
}

/** A pipeline job YAML (`type: pipeline`), parsed, with its local components loaded. */
export interface PipelineJob extends JobFields {
  file: string;
  loc: SourceLocation;
  name?: string;
  experimentName?: string;
  inputs: Record<string, PipelineInput>;
  outputs: Record<string, PipelineOutput>;
  settings: PipelineSettings;
  jobs: Record<string, PipelineNode>;
  /** A job whose top level is `component:` (a pipeline component); `jobs` is then empty. */
  component?: ComponentUse<PipelineComponent>;
}

export type PipelineInput =
  | { kind: 'literal'; name: string; value: ScalarValue; source: string; type?: LiteralType; loc: SourceLocation }
  | DataInput;

export interface DataInput {
  kind: 'data';
  name: string;
  type: DataType;
  path?: DataPath;
  pathText?: string;
  mode?: string;
  optional?: boolean;
  description?: string;
  loc: SourceLocation;
}

export interface PipelineOutput {
  name: string;
  type: DataType;
  mode?: string;
  path?: string;
  /** `name:`/`version:`: the output is registered as this data asset. */
  assetName?: string;
  assetVersion?: string;
  description?: string;
  loc: SourceLocation;
}

export interface PipelineSettings {
  defaultCompute?: string;
  defaultDatastore?: string;
  continueOnStepFailure?: boolean;
  forceRerun?: boolean;
  /** Other keys, sent as written (azure-ai-ml passes unknown settings through). */
  extra: Record<string, JsonValue>;
  loc?: SourceLocation;
}

export type NodeInput =
  | { kind: 'binding'; binding: Binding; mode?: string; loc: SourceLocation }
  | { kind: 'literal'; value: ScalarValue; source: string; loc: SourceLocation }
  | (Omit<DataInput, 'name'> & { name?: string });

export type NodeOutput =
  | { kind: 'binding'; binding: Binding; mode?: string; loc: SourceLocation }
  | {
      kind: 'settings';
      type?: DataType;
      mode?: string;
      path?: string;
      /** `name:`/`version:`: the output is registered as this data asset. */
      assetName?: string;
      assetVersion?: string;
      loc: SourceLocation;
    };

/** A component of any type: what `type:` of a component YAML selects (see `steps/index.ts`). */
export interface ComponentTypes {
  command: CommandComponent;
  pipeline: PipelineComponent;
}
export type ComponentType = keyof ComponentTypes;
export type Component = ComponentTypes[ComponentType];

/**
 * A pipeline component (`type: pipeline` with `jobs:`): a sub-graph whose `${{parent.inputs.x}}` are its own
 * inputs. Its steps are read exactly as a pipeline job's.
 */
export interface PipelineComponent extends ComponentBase, ComponentHeaderFields {
  type: 'pipeline';
  jobs: Record<string, PipelineNode>;
}

/** Where a step's component comes from. */
export type ComponentUse<C extends Component = Component> =
  /** `fileScheme`: written as `file:./x.yml` rather than `./x.yml` (azure-ai-ml marks them differently). */
  | { kind: 'local'; file: string; component: C; fileScheme?: boolean }
  | { kind: 'inline'; component: C }
  | { kind: 'remote'; text: string; ref: RemoteRef };

/** `identity:` of a job or step. */
export interface Identity {
  type: 'aml_token' | 'managed' | 'user_identity';
  clientId?: string;
  objectId?: string;
  resourceId?: string;
  loc: SourceLocation;
}

/** What every step has, whatever its type. */
export interface NodeBase extends JobFields {
  name: string;
  loc: SourceLocation;
  type: string;
  inputs: Record<string, NodeInput>;
  outputs: Record<string, NodeOutput>;
  /** `queue_settings` as written (snake_case), e.g. `{job_tier: Spot}`. */
  queueSettings?: Record<string, JsonValue>;
}

export interface CommandNode extends NodeBase {
  type: 'command';
  component: ComponentUse<CommandComponent>;
  environmentVariables?: Record<string, string>;
  resources?: Record<string, JsonValue>;
  distribution?: Record<string, JsonValue>;
  /** Timeout in seconds (`limits.timeout`). */
  timeoutSeconds?: number;
  services?: Record<string, Record<string, JsonValue>>;
}

export interface AutoMLNode extends NodeBase {
  type: 'automl';
  /** The task fields as written, with data fields kept as binding strings. */
  automl: Record<string, JsonValue>;
  /** AutoML data fields (`training_data`...) that are bindings, checked like inputs. */
  automlBindings: Record<string, { binding: Binding; loc: SourceLocation }>;
}

/** A step running a pipeline component (a nested pipeline). */
export interface PipelineComponentNode extends NodeBase {
  type: 'pipeline';
  component: ComponentUse<PipelineComponent>;
}

/**
 * One entry per step type. A new step type adds its node interface here from its own file, by declaration
 * merging (`declare module '../model.js' { interface StepNodeTypes { sweep: SweepNode } }`), and one entry
 * to the table in `steps/index.ts`.
 */
export interface StepNodeTypes {
  command: CommandNode;
  automl: AutoMLNode;
  pipeline: PipelineComponentNode;
}
export type StepType = keyof StepNodeTypes;
export type PipelineNode = StepNodeTypes[StepType];
