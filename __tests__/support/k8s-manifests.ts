/**
 * The app the k8s-deploy tests deploy: a Deployment `scorer` (its image rewritten by the `images` input) and the
 * Service in front of it, as the user's `k8s/app.yaml` would hold them.
 */

export const SCORER_IMAGE = 'myreg.azurecr.io/mlops/scorer:latest';

export interface ScorerOptions {
  image?: string;
  replicas?: number;
  /** The scorer container's env entries, in flow style (`{name: LOG_LEVEL, value: info}`). */
  env?: string[];
  /** The image of a second container, `sidecar`, which no `images` entry names. */
  sidecar?: string;
}

export function scorerDeployment(options: ScorerOptions = {}): string {
  const { image = SCORER_IMAGE, replicas = 1, env = ['{name: LOG_LEVEL, value: info}'], sidecar } = options;
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: scorer',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels: {app: scorer}',
    '  template:',
    '    metadata:',
    '      labels: {app: scorer}',
    '    spec:',
    '      containers:',
    '        - name: scorer',
    `          image: ${image}`,
    ...(env.length ? ['          env:', ...env.map((e) => `            - ${e}`)] : []),
    ...(sidecar ? ['        - name: sidecar', `          image: ${sidecar}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

export const SCORER_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: scorer
spec:
  selector: {app: scorer}
  ports: [{port: 80, targetPort: 5001}]
`;

/** The Deployment and the Service in one file, as `k8s/app.yaml`. */
export const scorerApp = (options: ScorerOptions = {}): string => `${scorerDeployment(options)}---\n${SCORER_SERVICE}`;
