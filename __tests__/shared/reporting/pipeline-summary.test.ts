import type { StepResult } from '../../../shared/jobs/types.js';
import type { PipelineJob } from '../../../shared/pipeline/model.js';
import { pathToFileURL } from 'node:url';
import { jobLink, pipelineMermaid } from '../../../shared/reporting/pipeline-summary.js';

const step = (name: string, status: string): StepResult => ({ name, runId: `run-${name}`, status, reused: false });

/** Two top-level steps; the second a pipeline component holding a sweep, whose trials run under it. */
const job = {
  jobs: {
    prep: { name: 'prep', inputs: {}, outputs: {} },
    train_pipeline: {
      name: 'train_pipeline',
      inputs: { data: { kind: 'binding', binding: { scope: 'parent.jobs', job: 'prep', port: 'out' } } },
      outputs: {},
    },
  },
} as unknown as PipelineJob;

describe('the Mermaid summary', () => {
  it('draws the steps of each nested level in a subgraph of its parent, as deep as the paths go', () => {
    const mermaid = pipelineMermaid(job, {
      steps: [
        step('prep', 'Completed'),
        step('train_pipeline', 'Failed'),
        step('train_pipeline/tune', 'Completed'),
        step('train_pipeline/train_step', 'Failed'),
        step('train_pipeline/tune/trial_0', 'Completed'),
      ],
    });
    expect(mermaid.split('\n').filter((l) => !l.includes('classDef'))).toEqual([
      'flowchart LR',
      '  s_prep["prep<br/>Completed"]:::completed',
      '  s_train_pipeline["train_pipeline<br/>Failed"]:::failed',
      '  s_prep --> s_train_pipeline',
      '  subgraph g_train_pipeline["train_pipeline"]',
      '    s_train_pipeline_tune["tune<br/>Completed"]:::completed',
      '    subgraph g_train_pipeline_tune["train_pipeline/tune"]',
      '      s_train_pipeline_tune_trial_0["trial_0<br/>Completed"]:::completed',
      '    end',
      '    s_train_pipeline_train_step["train_step<br/>Failed"]:::failed',
      '  end',
      '  s_train_pipeline -.-> g_train_pipeline',
      '  s_train_pipeline_tune -.-> g_train_pipeline_tune',
    ]);
  });

  it('draws no subgraph for a pipeline of plain steps', () => {
    const mermaid = pipelineMermaid(job, { steps: [step('prep', 'Completed'), step('train_pipeline', 'Completed')] });
    expect(mermaid).not.toContain('subgraph');
  });
});

describe('the link to the job', () => {
  it('names the local job record by its path instead of a file: link a browser cannot open', () => {
    const record = '/tmp/aml-local/jobs/nightly/job.json';
    expect(jobLink(pathToFileURL(record).href)).toBe(`Local job record: \`${record}\``);
  });

  it('links an Azure job to the studio', () => {
    const url = 'https://ml.azure.com/runs/nightly?wsid=/subscriptions/s';
    expect(jobLink(url)).toBe(`[Open in Azure ML studio](${url})`);
  });
});
