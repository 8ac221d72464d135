import * as core from '@actions/core';

/** Writes a job-summary section: a heading and a two-column table (e.g. field/value or step/result). */
export async function writeTableSummary(title: string, columns: [string, string], rows: string[][]): Promise<void> {
  await core.summary
    .addHeading(title, 3)
    .addTable([columns.map((data) => ({ data, header: true })), ...rows])
    .write();
}
