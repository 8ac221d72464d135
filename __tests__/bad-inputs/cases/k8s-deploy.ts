import { scorerApp } from '../../support/k8s-manifests.js';
import type { BadInputCase } from '../harness.js';
import { badInput, dryRun, notABoolean, realAndDry, spoiler } from './edit.js';

export const APP = scorerApp();

const F = 'k8s/app.yaml';

const manifest = spoiler(F, APP);

const SERVICE_LINE = 'apiVersion: v1';

export const cases: BadInputCase[] = [
  ...realAndDry(
    manifest(
      'a Deployment name in upper case',
      /name 'Scorer' is not a valid RFC 1123 subdomain/,
      'apiVersion: apps/v1',
      ['name: scorer', 'name: Scorer'],
    ),
  ),
  ...realAndDry(
    manifest('a Deployment name with an underscore', /RFC 1123 subdomain/, 'apiVersion: apps/v1', [
      'name: scorer',
      'name: scorer_v2',
    ]),
  ),
  ...realAndDry(
    manifest('a Service name with a dot', /name 'scorer.v2' is not a valid RFC 1123 label/, SERVICE_LINE, [
      'metadata:\n  name: scorer\nspec:\n  selector',
      'metadata:\n  name: scorer.v2\nspec:\n  selector',
    ]),
  ),
  ...realAndDry(
    manifest('a namespace with an underscore in the manifest', /namespace 'prod_ns'/, 'apiVersion: apps/v1', [
      'name: scorer\nspec:\n  replicas',
      'name: scorer\n  namespace: prod_ns\nspec:\n  replicas',
    ]),
  ),
  ...realAndDry(badInput('a namespace input in upper case', { namespace: 'Prod' }, /namespace 'Prod'/)),
  ...realAndDry(
    manifest('a container name with an underscore', /container name 'scorer_main'/, 'apiVersion: apps/v1', [
      '- name: scorer\n',
      '- name: scorer_main\n',
    ]),
  ),
  ...realAndDry(
    manifest('an env var name starting with a digit', /env '1LOG_LEVEL'/, 'apiVersion: apps/v1', [
      'name: LOG_LEVEL',
      'name: 1LOG_LEVEL',
    ]),
  ),
  ...realAndDry(badInput('an env input name with a space', { env: 'LOG LEVEL=debug' }, /'LOG LEVEL'/)),
  ...realAndDry(badInput('an env input name starting with a digit', { env: '9LIVES=1' }, /'9LIVES'/)),
  ...realAndDry(badInput('an env input line without =', { env: 'LOG_LEVEL' }, /KEY=VALUE/)),
  ...realAndDry(
    manifest('an object name carrying a workflow command', /is not a valid RFC 1123/, 'apiVersion: apps/v1', [
      'name: scorer',
      'name: "scorer\\n::notice::INJECTED"',
    ]),
  ),
  ...realAndDry(manifest('a document without kind', /no kind/, undefined, ['kind: Deployment\n', ''])),
  dryRun(
    manifest('a document without a name', /no metadata.name/, undefined, [
      'metadata:\n  name: scorer\nspec:\n  replicas',
      'metadata: {}\nspec:\n  replicas',
    ]),
  ),
  dryRun(manifest('a YAML syntax error', /YAML error/, undefined, ['replicas: 1', 'replicas: [1'])),
  dryRun(
    badInput('a manifests path that does not exist', { manifests: 'k8s/nope.yaml' }, /does not exist/, {
      input: 'manifests',
      value: 'k8s/nope.yaml',
    }),
  ),
  dryRun(
    badInput('a manifests glob that matches nothing', { manifests: 'deploy/*.yaml' }, /matched no/, {
      input: 'manifests',
      value: 'deploy/*.yaml',
    }),
  ),
  dryRun(
    badInput('an image without tag or digest', { images: 'myreg.azurecr.io/mlops/scorer' }, /tag or digest|images/),
  ),
  dryRun(
    badInput('an image that matches no container', { images: 'myreg.azurecr.io/other/api:1' }, /matches no container/),
  ),
  badInput('a strategy that does not exist', { strategy: 'canary' }, /strategy/),
  badInput('a timeout that is not a number', { timeout: 'NaN' }, /timeout/),
  badInput('a negative timeout', { timeout: '-5' }, /timeout/),
  notABoolean('rollback-on-failure', 'maybe'),
  notABoolean('rollback', 'undo', {}, /'rollback'/),
  notABoolean('force-conflicts', 'x'),
  notABoolean('dry-run', 'probably'),
  badInput('a kubeconfig path that does not exist', { kubeconfig: 'nope/config' }, /kubeconfig/),
];
