import { pythonJsonText } from './fidelity/diff.js';
import { compareCase, FIXTURES, formatComparisons, loadCases, type FidelityCase } from './fidelity/harness.js';

/**
 * Cases whose body differs from the recording today, each with the feature that makes it differ. The test
 * fails when a listed case starts to match (take it off the list) and when an unlisted case differs.
 * The exact differences, and what the converter must do, are in __tests__/fixtures/fidelity/GAPS.md.
 */
const KNOWN_GAPS: Record<string, string> = {
  // Both YAMLs say `mode: ro_mount` on two local-path pipeline inputs; the recorded bodies have no mode there.
  data_binding_input_string_concatenate: 'pipeline input mode ro_mount sent as ReadOnlyMount (see GAPS.md)',
  data_binding_run_settings_sweep_choice: 'pipeline input mode ro_mount sent as ReadOnlyMount (see GAPS.md)',
};

const cases = await loadCases();

async function differences(testCase: FidelityCase): Promise<string> {
  try {
    return formatComparisons(await compareCase(testCase)).replaceAll(FIXTURES, '');
  } catch (error) {
    // Our refusals name files by absolute path; shown relative to the fixtures for a stable, readable diff.
    return `refused: ${(error as Error).message.replaceAll(FIXTURES, '')}`;
  }
}

describe('our REST bodies equal the bodies azure-ai-ml sent for the same YAML (Microsoft recordings)', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (name, testCase) => {
    const diff = await differences(testCase);
    if (name in KNOWN_GAPS) {
      // Once a listed case matches, its gap is closed: take it off KNOWN_GAPS (and GAPS.md) so it is held to the
      // recording from then on.
      expect({ case: name, stillDiffers: diff !== '' }).toEqual({ case: name, stillDiffers: true });
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

  test('the recordings cover 15 command cases and 3 of every other step type (issues 14 and 16)', () => {
    const perType = new Map<string, number>();
    for (const c of cases) perType.set(c.spec.stepType, (perType.get(c.spec.stepType) ?? 0) + 1);
    const matching = cases.filter((c) => !(c.name in KNOWN_GAPS)).length;
    console.log(
      `fidelity: ${cases.length} recordings, ${matching} matching today; per step type: ${JSON.stringify(Object.fromEntries(perType))}`,
    );
    expect(perType.get('command')).toBeGreaterThanOrEqual(15);
    for (const type of ['sweep', 'parallel', 'spark', 'pipeline']) expect(perType.get(type)).toBeGreaterThanOrEqual(3);
  });

  test('every known gap names a case that exists', () => {
    const names = new Set(cases.map((c) => c.name));
    expect(Object.keys(KNOWN_GAPS).filter((name) => !names.has(name))).toEqual([]);
  });
});
