/** The checks every workflow file we ship must pass, for the example workflows and the repository's own. */
import { expect, it } from '@jest/globals';
import { actionlint, formatFinding } from './actionlint.js';
import { parseWorkflowFile } from './workflow-template.js';

/** Tests that GitHub's workflow parser converts each of `names` with no error and actionlint finds nothing. */
export function itIsValidForGitHub(names: string[], pathOf: (name: string) => string): void {
  it.each(names)("%s parses and converts with GitHub's workflow parser with no error", async (name) => {
    const { errors, template } = await parseWorkflowFile(pathOf(name));
    expect(errors).toEqual([]);
    expect(template?.jobs.length).toBeGreaterThan(0);
  });

  it('actionlint finds nothing in any of them', async () => {
    const findings = await actionlint(names.map(pathOf));
    expect(findings.map(formatFinding)).toEqual([]);
  });
}
