import type { BadInputCase } from '../harness.js';

/** A manifest as k8s-deploy renders it: a Deployment with the suite's lineage annotations. */
export const RENDERED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: default
  annotations:
    azureml-mlops.github.io/model-name: clf
    azureml-mlops.github.io/model-version: "3"
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: api, image: myreg.azurecr.io/api:1.0.0}]
`;

export const cases: BadInputCase[] = [
  {
    name: 'no start given',
    inputs: { manifest: '' },
    error: /Give exactly one of the inputs 'deployment', 'endpoint', 'manifest', 'image', 'model'/,
    at: { input: 'deployment' },
  },
  {
    name: 'two starts given',
    inputs: { model: 'clf:3' },
    error: /exactly one .* got 'manifest' and 'model'/,
    at: { input: 'model' },
  },
  {
    name: 'a model without a version',
    inputs: { manifest: '', model: 'clf' },
    error: /Input 'model': "clf" is not NAME:VERSION/,
    at: { input: 'model' },
  },
  {
    name: 'a model carrying a workflow command',
    inputs: { manifest: '', model: 'clf:3\n::notice::INJECTED' },
    error: /Input 'model': .* is not NAME:VERSION/,
    at: { input: 'model' },
  },
  {
    name: 'an online endpoint on the local backend, which deploys none',
    inputs: { manifest: '', endpoint: 'animals-api' },
    error: /Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure'/,
    at: { input: 'endpoint' },
  },
  {
    name: 'an endpoint that is not NAME or NAME/DEPLOYMENT',
    inputs: { manifest: '', endpoint: 'animals-api/blue/2' },
    error: /Input 'endpoint': "animals-api\/blue\/2" is not NAME or NAME\/DEPLOYMENT/,
    at: { input: 'endpoint' },
  },
  {
    name: 'an endpoint carrying a workflow command',
    inputs: { manifest: '', endpoint: 'animals-api\n::notice::INJECTED' },
    error: /Input 'endpoint': .* is not NAME or NAME\/DEPLOYMENT/,
    at: { input: 'endpoint' },
  },
  {
    name: 'a manifest that holds no workload',
    files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec: {ports: [{port: 80}]}\n' },
    inputs: { manifest: 'svc.yaml' },
    error: /Input 'manifest': svc.yaml holds no Deployment/,
    at: { input: 'manifest' },
  },
  {
    name: 'a manifest that does not exist',
    inputs: { manifest: 'nowhere.yaml' },
    error: /nowhere\.yaml/,
    at: { input: 'manifest', value: 'nowhere.yaml' },
  },
  {
    name: 'registry not a boolean',
    inputs: { registry: 'sometimes' },
    error: /registry/,
    at: { input: 'registry' },
  },
  {
    name: 'require-complete not a boolean',
    inputs: { 'require-complete': 'please' },
    error: /require-complete/,
    at: { input: 'require-complete' },
  },
  {
    name: 'an unknown backend',
    inputs: { backend: 'cloud' },
    error: /backend/,
    at: { input: 'backend' },
  },
];
