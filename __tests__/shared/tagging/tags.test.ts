import { describe, expect, it } from '@jest/globals';
import { UserError, ValidationError } from '../../../shared/core/errors.js';
import { parseFlavor, parseTagRules } from '../../../shared/tagging/rules.js';
import { computeTags, type TagInputs } from '../../../shared/tagging/tags.js';
import { eventContext, type EventName } from '../../support/github-events/events.js';

const NOW = new Date('2024-05-17T03:04:05Z');
const MODEL = { name: 'animals-classifier', version: '7' };

function tagsFor(
  event: EventName,
  rules: string[],
  extra: Partial<TagInputs> = {},
  flavor = ['latest=auto'],
): string[] {
  return computeTags({
    context: eventContext(event),
    rules: parseTagRules(rules),
    flavor: parseFlavor(flavor),
    now: NOW,
    model: MODEL,
    ...extra,
  }).tags.map((t) => t.value);
}

// Expected values are those docker/metadata-action's README documents for the same rule and event,
// except where a comment says why ours differ.
describe.each<[EventName, string, string[]]>([
  ['push-main', 'type=ref,event=branch', ['main']],
  ['push-feature', 'type=ref,event=branch', ['feature-Add-Model']],
  ['push-tag', 'type=ref,event=branch', []],
  ['push-tag', 'type=ref,event=tag', ['v1.2.3']],
  ['push-main', 'type=ref,event=tag', []],
  ['pull-request', 'type=ref,event=pr', ['pr-15']],
  ['push-main', 'type=ref,event=pr', []],
  // The PR's head commit, not the merge commit GitHub made (a5df687), which no one can check out later.
  ['pull-request', 'type=sha', ['sha-2f0ac1e']],
  ['push-main', 'type=sha', ['sha-860c190']],
  ['push-main', 'type=sha,format=long', ['sha-860c1904a1ce19322e91ac35af1ab07466440c37']],
  ['push-main', 'type=sha,prefix=,suffix=-api', ['860c190-api']],
  ['push-tag', 'type=semver,pattern={{version}}', ['1.2.3']],
  ['push-tag', 'type=semver,pattern={{major}}.{{minor}}', ['1.2']],
  ['push-tag', 'type=semver,pattern={{major}}', ['1']],
  ['push-tag', 'type=semver,pattern={{raw}}', ['v1.2.3']],
  ['push-tag', 'type=semver,pattern=v{{major}}.{{minor}}.{{patch}}', ['v1.2.3']],
  // Pre-releases only ever get their full version, whatever the pattern.
  ['push-prerelease', 'type=semver,pattern={{version}}', ['2.0.8-beta.67']],
  ['push-prerelease', 'type=semver,pattern={{major}}.{{minor}}', ['2.0.8-beta.67']],
  ['push-main', 'type=semver,pattern={{version}}', []],
  ['workflow-dispatch', 'type=semver,pattern={{version}}', []],
  ['push-tag-not-semver', 'type=semver,pattern={{version}}', []],
  ['push-tag', 'type=semver,pattern={{version}},value=v3.1.0', ['3.1.0']],
  ['push-main', 'type=raw,value=customer-release', ['customer-release']],
  ['push-main', 'customer-release', ['customer-release']],
  ['push-feature', 'type=raw,value={{branch}}-{{sha}}', ['feature-Add-Model-2f0ac1e']],
  ['push-main', 'type=raw,value=latest,enable={{is_default_branch}}', ['latest']],
  ['push-feature', 'type=raw,value=latest,enable={{is_default_branch}}', []],
  ['pull-request', 'type=raw,value=preview,enable={{is_not_default_branch}}', ['preview']],
  ['push-main', 'type=raw,value=off,enable=false', []],
  ['push-main', 'type=model', ['animals-classifier-7']],
  ['push-main', 'type=model,prefix=model-', ['model-animals-classifier-7']],
  ['schedule', 'type=schedule', ['nightly']],
  ['schedule', "type=schedule,pattern={{date 'YYYYMMDD'}}", ['20240517']],
  ['push-main', 'type=schedule', []],
])('on %s, rule %s', (event, rule, expected) => {
  it(`yields [${expected.join(', ')}] and skips otherwise`, () => {
    expect(
      tagsFor(event, [rule, 'type=raw,value=marker,priority=-100'], {}, ['latest=false']).filter((t) => t !== 'marker'),
    ).toEqual(expected);
  });
});

describe('latest=auto', () => {
  const rules = [
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
  ];

  it('adds latest for a stable tag push, sorted by priority with latest last', () => {
    expect(tagsFor('push-tag', [...rules, 'type=sha'])).toEqual(['1.2.3', '1.2', '1', 'sha-860c190', 'latest']);
  });

  it('does not add latest for a pre-release or a branch push', () => {
    expect(tagsFor('push-prerelease', rules)).toEqual(['2.0.8-beta.67']);
    expect(tagsFor('push-main', [...rules, 'type=ref,event=branch'])).toEqual(['main']);
  });

  it('uses the version input for semver rules on workflow_dispatch', () => {
    expect(tagsFor('workflow-dispatch', rules, { version: '1.4.0' })).toEqual(['1.4.0', '1.4', '1', 'latest']);
  });

  it('moves latest, X and X.Y only to the highest stable version the registry already has', () => {
    // Patching the 1.2 line while 1.3.0 and 2.0.0 exist: 1.2 moves, 1 and latest stay where they are.
    const existing = ['1.3.0', '1.3', '2.0.0', '2', 'latest', 'sha-abc', '3.0.0-rc.1'];
    expect(tagsFor('push-tag', rules, { existingTags: existing })).toEqual(['1.2.3', '1.2']);
    expect(tagsFor('push-tag', rules, { existingTags: ['1.2.2', '1.1.9', 'v1.0.0'] })).toEqual([
      '1.2.3',
      '1.2',
      '1',
      'latest',
    ]);
  });

  it('compares against registry tags that carry the rule prefix', () => {
    const prefixed = ['type=semver,pattern={{version}},prefix=v', 'type=semver,pattern={{major}},prefix=v'];
    expect(tagsFor('push-tag', prefixed, { existingTags: ['v1.9.0'] })).toEqual(['v1.2.3']);
    expect(tagsFor('push-tag', prefixed, { existingTags: ['v1.1.0', '1.9.0-rc.1'] })).toEqual([
      'v1.2.3',
      'v1',
      'latest',
    ]);
  });

  it('never tags the unstable 0.x line with its major alone', () => {
    expect(tagsFor('workflow-dispatch', rules, { version: '0.4.1' })).toEqual(['0.4.1', '0.4', 'latest']);
  });

  it('follows latest=true and latest=false whatever the event', () => {
    const base = { context: eventContext('push-main'), rules: parseTagRules(['type=sha']), now: NOW };
    expect(computeTags({ ...base, flavor: parseFlavor(['latest=true']) }).tags.map((t) => t.value)).toContain('latest');
    expect(computeTags({ ...base, flavor: parseFlavor(['latest=false']) }).tags.map((t) => t.value)).toEqual([
      'sha-860c190',
    ]);
  });
});

describe('flavor prefix and suffix', () => {
  it('apply to rules without their own and to latest', () => {
    const plan = computeTags({
      context: eventContext('push-tag'),
      rules: parseTagRules(['type=semver,pattern={{version}}', 'type=ref,event=tag,prefix=git-']),
      flavor: parseFlavor(['prefix=api-,suffix=-gpu']),
      now: NOW,
    });
    expect(plan.tags.map((t) => t.value)).toEqual(['api-1.2.3-gpu', 'git-v1.2.3-gpu', 'api-latest-gpu']);
    expect(plan.version).toBe('api-1.2.3-gpu');
  });
});

describe('sanitising', () => {
  it('replaces characters a tag may not hold and reports original -> result', () => {
    const plan = computeTags({
      context: eventContext('push-feature'),
      rules: parseTagRules(['type=ref,event=branch,prefix=.', 'type=raw,value=Model Run #7']),
      flavor: parseFlavor([]),
      now: NOW,
    });
    expect(plan.tags.map((t) => t.value)).toEqual(['feature-Add-Model', 'Model-Run-7']);
    expect(plan.sanitized).toEqual([
      { original: '.feature/Add-Model', value: 'feature-Add-Model' },
      { original: 'Model Run #7', value: 'Model-Run-7' },
    ]);
  });

  it('skips a rule whose value has nothing left, and fails loudly when no tag at all is left', () => {
    const run = () =>
      computeTags({
        context: eventContext('push-main'),
        rules: parseTagRules(['type=raw,value=...', 'type=ref,event=tag']),
        flavor: parseFlavor(['latest=false']),
        now: NOW,
      });
    expect(run).toThrow(UserError);
    expect(run).toThrow(
      /No tag was produced[\s\S]*has no character a tag may keep[\s\S]*type=ref \(line 2\): not a tag push/,
    );
  });
});

describe('parseTagRules', () => {
  it('reports every bad line in one error', () => {
    const run = () =>
      parseTagRules([
        'type=sha',
        'type=nope',
        'type=ref',
        'type=sha,format=medium',
        'type=raw,value=x,colour=red',
        'type=raw,value=x,enable=maybe',
      ]);
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (error) {
      const messages = (error as ValidationError).problems.map((p) => p.message);
      expect(messages).toEqual([
        expect.stringMatching(/line 2: unknown type 'nope'/),
        expect.stringMatching(/line 3: type=ref needs event=/),
        expect.stringMatching(/line 4: format must be short or long/),
        expect.stringMatching(/line 5: type=raw does not take 'colour'/),
        expect.stringMatching(/line 6: enable must be/),
      ]);
    }
  });

  it('keeps commas inside quoted values', () => {
    expect(parseTagRules(['type=raw,value="a,b"'])).toEqual([expect.objectContaining({ type: 'raw', value: 'a,b' })]);
  });

  it('rejects an unknown expression when the rules are read, instead of tagging with it', () => {
    expect(() => parseTagRules(['type=raw,value={{branh}}'])).toThrow(
      /line 1: unknown placeholder \{\{branh\}\} in value=/,
    );
  });
});
