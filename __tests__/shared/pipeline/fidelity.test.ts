import { pythonJsonText } from './fidelity/diff.js';
import { compareCase, FIXTURES, formatComparisons, loadCases, type FidelityCase } from './fidelity/harness.js';

/**
 * Cases whose body differs from the recording today, each with the feature that makes it differ. The test
 * fails when a listed case starts to match (take it off the list) and when an unlisted case differs.
 * The exact differences, and what the converter must do, are in __tests__/fixtures/fidelity/GAPS.md.
 */
const KNOWN_GAPS: Record<string, string> = {};

const cases = await loadCases();

async function differences(testCase: FidelityCase): Promise<string> {
  try {
    return formatComparisons(await compareCase(testCase));
  } catch (error) {
    // Our refusals name files by absolute path; shown relative to the fixtures for a stable, readable diff.
    return `refused: ${(error as Error).message.replaceAll(FIXTURES, '')}`;
  }
}

describe('our REST bodies equal the bodies azure-ai-ml sent for the same YAML (Microsoft recordings)', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (name, testCase) => {
    const diff = await differences(testCase);
    if (name in KNOWN_GAPS) {
      // A listed case that now matches: the gap is closed, so the list must shrink.
      expect(diff || `${name} now matches the recording: remove it from KNOWN_GAPS and GAPS.md`).not.toMatch(/now matches/);
    } else {
      expect(diff).toBe('');
    }
  });

  test.each(cases.map((c) => [c.name, c] as const))(
    '%s: the fixture holds the recorded bodies (their Python JSON length is the recorded Content-Length)',
    (_name, testCase) => {
      const lengths = testCase.recorded.map((r) => pythonJsonText(r.RequestBody).length);
      expect(lengths).toEqual(testCase.recorded.map((r) => r.ContentLength));
    },
  );

  test('every known gap names a case that exists', () => {
    const names = new Set(cases.map((c) => c.name));
    expect(Object.keys(KNOWN_GAPS).filter((name) => !names.has(name))).toEqual([]);
  });
});
