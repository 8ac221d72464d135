import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../workflows-examples/support/paths.js';

/** The colours GitHub Marketplace accepts for `branding.color`. */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

const actionFiles = [
  'action.yml',
  ...readdirSync(path.join(repoRoot, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(repoRoot, 'actions', d.name, 'action.yml')))
    .map((d) => `actions/${d.name}/action.yml`),
];

describe('branding for the Marketplace', () => {
  it.each(actionFiles)('%s has an icon and an accepted colour', (file) => {
    const spec = parse(readFileSync(path.join(repoRoot, file), 'utf8')) as {
      branding?: { icon?: string; color?: string };
    };
    expect(spec.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(COLORS).toContain(spec.branding?.color);
  });
});
