/**
 * GitHub's own workflow parser (@actions/workflow-parser, what the Actions service and the VS Code extension
 * use): the errors it reports and the converted template (jobs, needs, `if` expressions with the implicit
 * `success() &&` added as the service does).
 */
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ParsedWorkflow {
  errors: string[];
  template?: WorkflowTemplate;
}

export async function parseWorkflowFile(file: string): Promise<ParsedWorkflow> {
  const name = path.basename(file);
  const parsed = parseWorkflow({ name, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return { errors: errors.length ? errors : [`${name}: nothing parsed`] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const conversionErrors = (template.errors ?? []).map((e) => e.Message).filter((m) => !errors.includes(m));
  return { errors: [...errors, ...conversionErrors], template };
}
