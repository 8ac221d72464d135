import type { SourceLocation } from '../core/logger.js';
import type { ScalarValue } from '../yaml/located.js';
import type { Binding } from './bindings.js';
import type { CommandComponent } from './component.js';
import type { DataType, LiteralType } from './ports.js';
import type { JsonValue } from './python-format.js';
import type { DataPath, RemoteRef } from './refs.js';

/** A pipeline job YAML (`type: pipeline`), parsed, with its local components loaded. */
export interface PipelineJob {
  file: string;
  loc: SourceLocation;
  name?: string;
  displayName?: string;
  experimentName?: string;
  description?: string;
  tags?: Record<string, string>;
  compute?: string;
  inputs: Record<string, PipelineInput>;
  outputs: Record<string, PipelineOutput>;
  settings: PipelineSettings;
  jobs: Record<string, PipelineNode>;
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
  | { kind: 'settings'; type?: DataType; mode?: string; path?: string; loc: SourceLocation };

/** Where a step's component comes from. */
export type ComponentUse =
  | { kind: 'local'; file: string; component: CommandComponent }
  | { kind: 'inline'; component: CommandComponent }
  | { kind: 'remote'; text: string; ref: RemoteRef };

export interface PipelineNode {
  name: string;
  loc: SourceLocation;
  type: 'command' | 'automl';
  /** For command steps. AutoML steps have no component. */
  component?: ComponentUse;
  inputs: Record<string, NodeInput>;
  outputs: Record<string, NodeOutput>;
  compute?: string;
  displayName?: string;
  description?: string;
  tags?: Record<string, string>;
  environmentVariables?: Record<string, string>;
  resources?: Record<string, JsonValue>;
  distribution?: Record<string, JsonValue>;
  /** Timeout in seconds (`limits.timeout`). */
  timeoutSeconds?: number;
  services?: Record<string, Record<string, JsonValue>>;
  /** AutoML: the task fields as written, with data fields kept as binding strings. */
  automl?: Record<string, JsonValue>;
  /** AutoML data fields (`training_data`...) that are bindings, checked like inputs. */
  automlBindings?: Record<string, { binding: Binding; loc: SourceLocation }>;
}
