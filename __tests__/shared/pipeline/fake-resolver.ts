import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  anonymousComponentVersion,
  componentVersionBody,
  resolveComponentDependencies,
  type ComponentSource,
  type ComponentVersionBody,
  type DependencyResolver,
  type RegistrableComponent,
} from '../../../shared/pipeline/component-rest.js';
import { codeSnapshot } from '../../../shared/pipeline/hashing.js';
import type { JsonValue } from '../../../shared/pipeline/python-format.js';
import type { PipelineResolver } from '../../../shared/pipeline/to-rest.js';

export const WORKSPACE_ID =
  '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/test-rg/providers/Microsoft.MachineLearningServices/workspaces/my-aml-workspace';

/**
 * An in-memory stand-in for the Azure side: records what would be registered and uploaded, and answers with
 * ids shaped like the service's, so conversion can be checked without a network.
 */
export function recordingResolver(
  workspaceId = WORKSPACE_ID,
): PipelineResolver &
  DependencyResolver & { components: ComponentVersionBody[]; specs: Record<string, JsonValue>[]; uploads: string[] } {
  const components: ComponentVersionBody[] = [];
  const specs: Record<string, JsonValue>[] = [];
  const uploads: string[] = [];
  const resolver: PipelineResolver &
    DependencyResolver & { components: ComponentVersionBody[]; specs: Record<string, JsonValue>[]; uploads: string[] } =
    {
      workspaceId: workspaceId,
      components,
      specs,
      uploads,
      codeId: async (path: string, includes?: readonly string[]) =>
        `${workspaceId}/codes/${(await codeSnapshot(path, includes)).contentHash.slice(0, 32)}/versions/1`,
      environmentId: async () => `${workspaceId}/environments/CliV2AnonymousEnvironment/versions/0`,
      resolveLabel: async () => '7',
      uploadLocalData: async (path: string, type: string) => {
        uploads.push(path);
        const hash = createHash('md5').update(path).digest('hex');
        return `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/${basename(path)}${type === 'uri_folder' ? '/' : ''}`;
      },
      registerComponent: async (component: RegistrableComponent, source: ComponentSource = 'YAML.JOB') => {
        const deps = await resolveComponentDependencies(component, resolver);
        const body = componentVersionBody(component, deps, { isAnonymous: true, source });
        components.push(body);
        return `${workspaceId}/components/azureml_anonymous/versions/${anonymousComponentVersion(body.properties.componentSpec)}`;
      },
      registerComponentSpec: async (spec: Record<string, JsonValue>) => {
        specs.push(spec);
        return `${workspaceId}/components/azureml_anonymous/versions/${anonymousComponentVersion(spec)}`;
      },
      get dependencies() {
        return resolver;
      },
    };
  return resolver;
}
