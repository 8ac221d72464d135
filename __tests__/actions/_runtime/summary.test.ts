/** Job-summary tables show values read from the service and from files as text, never as markup. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { marked } from 'marked';
import { escapeHtml, writeTableSummary } from '../../../actions/_runtime/summary.js';

describe('writeTableSummary', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY;
  let file: string;
  beforeEach(() => {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    core.summary.emptyBuffer();
  });
  afterAll(() => {
    process.env.GITHUB_STEP_SUMMARY = saved;
  });

  test('a tag value with markup is shown as the text it is', async () => {
    const value = '<img src=x onerror="alert(1)"> & <b>bold</b> &amp;';
    await writeTableSummary('Model <promoted>', ['Field', 'Value'], [['stage', value]]);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toMatch(/<img|<b>|<promoted>/);
    // Rendered as GitHub renders the summary, the cell reads exactly the value.
    const html = await marked.parse(written);
    const cell = /<td>([^<]*)<\/td>\s*<\/tr>\s*<\/table>/.exec(html)?.[1] ?? '';
    expect(decode(cell)).toBe(value);
  });

  test('plain text is unchanged', () => {
    expect(escapeHtml('animals:3 (job calm_lamp_x1), 100%')).toBe('animals:3 (job calm_lamp_x1), 100%');
  });
});

/** What a browser shows for HTML text made of numeric and the common named entities (one pass, as a browser). */
function decode(html: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return html.replace(/&(#\d+|quot|lt|gt|amp);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : named[e],
  );
}
