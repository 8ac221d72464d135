import { UserError } from '../core/errors.js';
import type { GitContext } from '../github/git-context.js';

/** Values the `{{...}}` expressions in `value=`, `prefix=`, `suffix=` and `pattern=` can use. */
export interface ExpressionValues {
  context: GitContext;
  model?: { name: string; version: string };
  now: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `{{date 'YYYYMMDD-HHmm'}}` in UTC, so a schedule run tags the same day wherever the runner is. */
export function formatDate(date: Date, format: string): string {
  const parts: Record<string, string> = {
    YYYY: String(date.getUTCFullYear()),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => parts[token]);
}

/**
 * Expands `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`, `{{model_name}}`, `{{model_version}}` and
 * `{{date 'FORMAT'}}`. An unknown expression is an error rather than text, because it would
 * otherwise become a tag like `-foo-` that nobody asked for.
 */
export function expand(template: string, values: ExpressionValues, where: string): string {
  const { context, model, now } = values;
  const known: Record<string, string | undefined> = {
    branch: context.branch,
    tag: context.tag,
    sha: context.sha.slice(0, 7),
    base_ref: context.baseRef,
    model_name: model?.name,
    model_version: model?.version,
  };
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, body: string) => {
    const date = /^date\s+'([^']*)'$/.exec(body);
    if (date) return formatDate(now, date[1]);
    if (body in known) return known[body] ?? '';
    throw new UserError(
      `${where}: unknown expression ${whole}; use {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{model_name}}, {{model_version}} or {{date 'YYYYMMDD'}}`,
    );
  });
}
