import { describe, expect, it } from '@jest/globals';
import { forTerminal } from '../../scripts/lib/terminal-log.mjs';

describe('the demo shows workflow commands as the runner displays them', () => {
  it('decodes an error annotation of several lines instead of printing %0A escapes', () => {
    const shown = forTerminal('::error file=pipeline.yml,line=3::Bad input%0A  at line 3%0A100%25 sure\n');
    expect(shown).toBe('ERROR: Bad input\n  at line 3\n100% sure\n');
    expect(shown).not.toContain('%0A');
  });

  it('shows groups as headings and hides debug lines, group ends and masks', () => {
    const shown = forTerminal(
      ['::group::Register 2%25 of it', '::debug::x', 'plain', '::add-mask::s', '::endgroup::'].join('\n'),
    );
    expect(shown).toBe('-- Register 2% of it\nplain');
  });
});
