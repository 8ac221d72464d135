import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { actionlint } from './support/actionlint.js';
import { examplesRoot, projectDir, workflowNames, workflowPath } from './support/paths.js';
import { itIsValidForGitHub } from './support/valid-for-github.js';
import { readActionSpec, readWorkflow, suiteActionUses, type ActionUse } from './support/workflow-yaml.js';

/** This test file's folder (jest 29 has no import.meta.dirname). */
const HERE = fileURLToPath(new URL('.', import.meta.url));

const workflows = workflowNames();
const uses = workflows.flatMap(suiteActionUses);

/**
 * Inputs the examples pass that an issue defines but the action's action.yml does not declare yet. Each entry
 * must be removed once the action declares it (a test below fails to say so), so this list only ever shrinks.
 */
const PLANNED_INPUTS: Record<string, { inputs: string[]; source: string }> = {};

/** Azure ML actions sign in; the others talk to a registry or a cluster. */
const AZURE_ACTIONS = new Set([
  'ensure-compute',
  'register-components',
  'submit-pipeline',
  'download-model',
  'promote-model',
  'deploy-endpoint',
]);

const where = (u: ActionUse) => `${u.workflow} > ${u.job} > ${u.step.name ?? u.step.id ?? u.action}`;

describe('the example workflows are valid for GitHub', () => {
  it('ships the three workflows of the issue, and the online-endpoint variant of the seed workflow', () => {
    expect(workflows).toEqual(['mlops-endpoint.yml', 'mlops-pipeline.yml', 'pr-toy-dataset.yml', 'promote-model.yml']);
  });

  itIsValidForGitHub(workflows, workflowPath);

  it('actionlint does report a script injection, so the clean result above means something', async () => {
    const findings = await actionlint([path.join(HERE, 'fixtures', 'injection.yml')]);
    expect(findings.map((f) => f.kind)).toContain('expression');
  });
});

/** This repository's actions: referenced by path or by tag, as users of the suite reference them. */
const OWN_ACTION = /^(\.\/|azureml-mlops\/actions(\/|@))/;

/**
 * Every `uses:` outside this repository that is not pinned to a full commit SHA with its version in a
 * comment (GitHub's hardening guide: a tag can be moved, a commit cannot), as `file:line: text`.
 */
function unpinnedUses(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m || OWN_ACTION.test(m[1])) return [];
    const pinned = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1]) && /^\s+#\s*v\d+(\.\d+)*\s*$/.test(m[2]);
    return pinned ? [] : [`${file}:${i + 1}: ${line.trim()}`];
  });
}

describe('the example workflows are safe', () => {
  it.each(workflows)(
    '%s pins every action from outside this repository to a commit SHA, version in a comment',
    (name) => {
      expect(unpinnedUses(name, readFileSync(workflowPath(name), 'utf8'))).toEqual([]);
    },
  );

  it('the pin check refuses tags, short SHAs and pins without their version', () => {
    const text = [
      '      - uses: actions/checkout@v4',
      '      - uses: actions/checkout@11d5960',
      '        uses: docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9',
      '      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0',
      '      - uses: azureml-mlops/actions/actions/tag-image@v1',
      '      - uses: ./actions/k8s-deploy',
    ].join('\n');
    expect(unpinnedUses('x.yml', text).map((l) => l.split(':')[1])).toEqual(['1', '2', '3']);
  });

  it.each(workflows)('%s interpolates no expression into a run: script (values reach scripts through env:)', (name) => {
    const scripts = Object.values(readWorkflow(name).jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(scripts.filter((s) => s.includes('${{'))).toEqual([]);
  });

  it.each(workflows)('%s grants only contents: read at the top; jobs ask for more themselves', (name) => {
    expect(readWorkflow(name).permissions).toEqual({ contents: 'read' });
  });

  it('every job that signs in to Azure can mint an OIDC token, except local-backend runs that never sign in', () => {
    const azureJobs = uses.filter((u) => AZURE_ACTIONS.has(u.action) && u.step.with?.backend !== 'local');
    const missing = azureJobs.filter((u) => {
      const permissions = readWorkflow(u.workflow).jobs[u.job].permissions;
      return typeof permissions !== 'object' || permissions['id-token'] !== 'write';
    });
    expect(missing.map(where)).toEqual([]);
  });

  it('the fork job of the PR workflow never touches Azure and gets no token', () => {
    const fork = readWorkflow('pr-toy-dataset.yml').jobs.fork;
    expect(fork.permissions).toBeUndefined();
    const forkUses = uses.filter((u) => u.workflow === 'pr-toy-dataset.yml' && u.job === 'fork');
    expect(forkUses.length).toBeGreaterThan(0);
    for (const u of forkUses) expect(u.step.with?.backend).toBe('local');
  });

  it('promotion runs in the production environment (where required reviewers gate it)', () => {
    expect(readWorkflow('promote-model.yml').jobs.promote.environment).toBe('production');
  });
});

describe('the suite actions the examples use', () => {
  const present = uses.filter((u) => readActionSpec(u.action));
  const absent = [...new Set(uses.filter((u) => !readActionSpec(u.action)).map((u) => u.action))];

  it('lists the actions not in the tree yet (their uses are not checked)', () => {
    if (absent.length) console.warn(`Not yet in actions/: ${absent.join(', ')} - their inputs are not checked.`);
    expect(present.length).toBeGreaterThan(0);
  });

  it('pass only inputs that the action.yml declares (or that an issue plans, listed in PLANNED_INPUTS)', () => {
    const unknown = present.flatMap((u) => {
      const declared = readActionSpec(u.action)!.inputs;
      const planned = PLANNED_INPUTS[u.action]?.inputs ?? [];
      return Object.keys(u.step.with ?? {})
        .filter((input) => !(input in declared) && !planned.includes(input))
        .map((input) => `${where(u)}: ${input}`);
    });
    expect(unknown).toEqual([]);
  });

  it('PLANNED_INPUTS names only inputs still undeclared (remove an entry once its action declares it)', () => {
    const landed = Object.entries(PLANNED_INPUTS).flatMap(([action, { inputs }]) => {
      const declared = readActionSpec(action)?.inputs ?? {};
      return inputs.filter((i) => i in declared).map((i) => `${action}: ${i}`);
    });
    expect(landed).toEqual([]);
  });

  it('give every required input', () => {
    const missing = present.flatMap((u) =>
      Object.entries(readActionSpec(u.action)!.inputs)
        .filter(([name, spec]) => spec.required && spec.default === undefined && !(name in (u.step.with ?? {})))
        .map(([name]) => `${where(u)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('read only outputs that the action.yml declares', () => {
    const unknown = workflows.flatMap((workflow) =>
      Object.entries(readWorkflow(workflow).jobs).flatMap(([job, spec]) => {
        const text = JSON.stringify(spec);
        const actionOf = new Map(
          uses.filter((u) => u.workflow === workflow && u.job === job && u.step.id).map((u) => [u.step.id, u.action]),
        );
        return [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].flatMap(([ref, id, output]) => {
          const action = actionOf.get(id);
          const spec = action && readActionSpec(action);
          return spec && !(output in spec.outputs) ? [`${workflow} > ${job}: ${ref}`] : [];
        });
      }),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the example workflows point at files that exist', () => {
  const FILE_INPUTS = [
    'file',
    'manifests',
    'environments',
    'components',
    'endpoint-file',
    'deployment-file',
    'smoke-test-request',
  ];

  it('every file or folder a suite action is given is in the example', () => {
    const missing = uses.flatMap((u) =>
      FILE_INPUTS.flatMap((input) => String(u.step.with?.[input] ?? '').split('\n'))
        .map((p) => p.trim())
        .filter((p) => p && !p.includes('${{'))
        .filter((p) => !existsSync(path.join(examplesRoot, p)))
        .map((p) => `${where(u)}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('IMAGE_NAME in every workflow is the repository of the image in the Deployment (k8s-deploy matches on it)', () => {
    const manifest = readFileSync(path.join(projectDir, 'k8s', 'deployment.yaml'), 'utf8');
    const images = parseAllDocuments(manifest).flatMap((doc) => {
      const containers = doc.getIn(['spec', 'template', 'spec', 'containers']) as { toJSON(): { image: string }[] };
      return containers ? containers.toJSON().map((c) => c.image.replace(/[:@][^/]*$/, '')) : [];
    });
    const names = workflows.map((w) => readWorkflow(w).env?.IMAGE_NAME).filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(images).toContain(name);
  });
});
