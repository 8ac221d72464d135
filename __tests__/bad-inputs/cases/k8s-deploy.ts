import type { BadInputCase } from '../harness.js';
import { edit, lineOf } from './edit.js';

export const APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: scorer
spec:
  replicas: 1
  selector:
    matchLabels: {app: scorer}
  template:
    metadata:
      labels: {app: scorer}
    spec:
      containers:
        - name: scorer
          image: myreg.azurecr.io/mlops/scorer:latest
          env:
            - {name: LOG_LEVEL, value: info}
---
apiVersion: v1
kind: Service
metadata:
  name: scorer
spec:
  selector: {app: scorer}
  ports: [{port: 80, targetPort: 5001}]
`;

const F = 'k8s/app.yaml';

function manifest(name: string, error: RegExp, at: string | undefined, ...changes: [string, string][]): BadInputCase {
  const text = edit(APP, ...changes);
  return {
    name,
    files: { [F]: text },
    error,
    at: at === undefined ? { file: F } : { file: F, line: lineOf(text, at) },
  };
}

const dry = (c: BadInputCase): BadInputCase => ({
  ...c,
  name: `dry run: ${c.name}`,
  inputs: { ...c.inputs, 'dry-run': 'true' },
});
const both = (c: BadInputCase): BadInputCase[] => [c, dry(c)];

const SERVICE_LINE = 'apiVersion: v1';

export const cases: BadInputCase[] = [
  ...both(
    manifest(
      'a Deployment name in upper case',
      /name 'Scorer' is not a valid RFC 1123 subdomain/,
      'apiVersion: apps/v1',
      ['name: scorer', 'name: Scorer'],
    ),
  ),
  ...both(
    manifest('a Deployment name with an underscore', /RFC 1123 subdomain/, 'apiVersion: apps/v1', [
      'name: scorer',
      'name: scorer_v2',
    ]),
  ),
  ...both(
    manifest('a Service name with a dot', /name 'scorer.v2' is not a valid RFC 1123 label/, SERVICE_LINE, [
      'metadata:\n  name: scorer\nspec:\n  selector',
      'metadata:\n  name: scorer.v2\nspec:\n  selector',
    ]),
  ),
  ...both(
    manifest('a namespace with an underscore in the manifest', /namespace 'prod_ns'/, 'apiVersion: apps/v1', [
      'name: scorer\nspec:\n  replicas',
      'name: scorer\n  namespace: prod_ns\nspec:\n  replicas',
    ]),
  ),
  ...both({
    name: 'a namespace input in upper case',
    inputs: { namespace: 'Prod' },
    error: /namespace 'Prod'/,
    at: { input: 'namespace' },
  }),
  ...both(
    manifest('a container name with an underscore', /container name 'scorer_main'/, 'apiVersion: apps/v1', [
      '- name: scorer\n',
      '- name: scorer_main\n',
    ]),
  ),
  ...both(
    manifest('an env var name starting with a digit', /env '1LOG_LEVEL'/, 'apiVersion: apps/v1', [
      'name: LOG_LEVEL',
      'name: 1LOG_LEVEL',
    ]),
  ),
  ...both({
    name: 'an env input name with a space',
    inputs: { env: 'LOG LEVEL=debug' },
    error: /'LOG LEVEL'/,
    at: { input: 'env' },
  }),
  ...both({
    name: 'an env input name starting with a digit',
    inputs: { env: '9LIVES=1' },
    error: /'9LIVES'/,
    at: { input: 'env' },
  }),
  ...both({
    name: 'an env input line without =',
    inputs: { env: 'LOG_LEVEL' },
    error: /KEY=VALUE/,
    at: { input: 'env' },
  }),
  ...both(
    manifest('an object name carrying a workflow command', /is not a valid RFC 1123/, 'apiVersion: apps/v1', [
      'name: scorer',
      'name: "scorer\\n::notice::INJECTED"',
    ]),
  ),
  ...both(manifest('a document without kind', /no kind/, undefined, ['kind: Deployment\n', ''])),
  dry(
    manifest('a document without a name', /no metadata.name/, undefined, [
      'metadata:\n  name: scorer\nspec:\n  replicas',
      'metadata: {}\nspec:\n  replicas',
    ]),
  ),
  dry(manifest('a YAML syntax error', /YAML error/, undefined, ['replicas: 1', 'replicas: [1'])),
  dry({
    name: 'a manifests path that does not exist',
    inputs: { manifests: 'k8s/nope.yaml' },
    error: /does not exist/,
    at: { input: 'manifests', value: 'k8s/nope.yaml' },
  }),
  dry({
    name: 'a manifests glob that matches nothing',
    inputs: { manifests: 'deploy/*.yaml' },
    error: /matched no/,
    at: { input: 'manifests', value: 'deploy/*.yaml' },
  }),
  dry({
    name: 'an image without tag or digest',
    inputs: { images: 'myreg.azurecr.io/mlops/scorer' },
    error: /tag or digest|images/,
    at: { input: 'images' },
  }),
  dry({
    name: 'an image that matches no container',
    inputs: { images: 'myreg.azurecr.io/other/api:1' },
    error: /matches no container/,
    at: { input: 'images' },
  }),
  {
    name: 'a strategy that does not exist',
    inputs: { strategy: 'canary' },
    error: /strategy/,
    at: { input: 'strategy' },
  },
  { name: 'a timeout that is not a number', inputs: { timeout: 'NaN' }, error: /timeout/, at: { input: 'timeout' } },
  { name: 'a negative timeout', inputs: { timeout: '-5' }, error: /timeout/, at: { input: 'timeout' } },
  {
    name: 'rollback-on-failure that is not a boolean',
    inputs: { 'rollback-on-failure': 'maybe' },
    error: /rollback-on-failure/,
    at: { input: 'rollback-on-failure' },
  },
  {
    name: 'rollback that is not a boolean',
    inputs: { rollback: 'undo' },
    error: /'rollback'/,
    at: { input: 'rollback' },
  },
  {
    name: 'force-conflicts that is not a boolean',
    inputs: { 'force-conflicts': 'x' },
    error: /force-conflicts/,
    at: { input: 'force-conflicts' },
  },
  {
    name: 'dry-run that is not a boolean',
    inputs: { 'dry-run': 'probably' },
    error: /dry-run/,
    at: { input: 'dry-run' },
  },
  {
    name: 'a kubeconfig path that does not exist',
    inputs: { kubeconfig: 'nope/config' },
    error: /kubeconfig/,
    at: { input: 'kubeconfig' },
  },
];
