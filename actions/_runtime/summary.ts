import * as core from '@actions/core';

/**
 * Writes a job-summary section: a heading and a two-column table (e.g. field/value or step/result). Every cell is
 * text: `core.summary` puts cells into HTML as they are, and values read from the service or from files (tags,
 * names, messages) must not become markup in the summary.
 */
export async function writeTableSummary(title: string, columns: [string, string], rows: string[][]): Promise<void> {
  await core.summary
    .addHeading(escapeHtml(title), 3)
    .addTable([
      columns.map((data) => ({ data: escapeHtml(data), header: true })),
      ...rows.map((row) => row.map(escapeHtml)),
    ])
    .write();
}

/** Text as HTML text (cells, not attributes): the characters that could open a tag or an entity become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
