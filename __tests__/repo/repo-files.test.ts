import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../workflows-examples/support/paths.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  license: string;
  allowScripts?: Record<string, boolean>;
  devDependencies: Record<string, string>;
};

describe('the files a published action carries', () => {
  it('LICENSE is the licence package.json names (MIT), held by the project authors', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the azureml-mlops-actions authors\n/);
  });

  it('CHANGELOG.md keeps an Unreleased section first, then versions as the release workflow reads them', () => {
    const headings = read('CHANGELOG.md')
      .split('\n')
      .filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const h of headings.slice(1))
      expect(h).toMatch(/^## \[\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/);
  });

  it('SECURITY.md says how to report privately', () => {
    expect(read('SECURITY.md')).toContain('Report a vulnerability');
  });
});

describe('the quiet install', () => {
  const npmrc = Object.fromEntries(
    read('.npmrc')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('=').map((x) => x.trim())),
  );

  it('.npmrc prints install errors and fails on unreviewed install scripts, and sets nothing else', () => {
    expect(npmrc).toEqual({ loglevel: 'error', 'strict-allow-scripts': 'true' });
  });

  it("allowScripts approves the node package's install script (it installs the project's Node 24)", () => {
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
    expect(pkg.allowScripts?.node).toBe(true);
  });
});
