#!/usr/bin/env node
// Writes the inputs/outputs tables of every action README from its action.yml, between
//   <!-- action-docs:start --> and <!-- action-docs:end -->
// `--check` writes nothing and exits 1 when a README is out of date (CI runs it that way).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const START = '<!-- action-docs:start -->';
const AZ_START = '  # <azure-inputs>';
const AZ_END = '  # </azure-inputs>';
// A YAML document of its own (so formatters keep it valid), indented under `inputs:` when copied.
const azureInputs = readFileSync(path.join(root, 'actions', '_runtime', 'azure-inputs.yml'), 'utf8')
  .trimEnd()
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .map((l) => (l ? `  ${l}` : l))
  .join('\n');

/** Replaces the shared Azure inputs block of an action.yml with the one in actions/_runtime/azure-inputs.yml. */
export function withAzureInputs(text) {
  const i = text.indexOf(AZ_START);
  if (i < 0) return text;
  const headerEnd = text.indexOf('\n', i);
  const j = text.indexOf(AZ_END, headerEnd);
  if (j < 0) throw new Error(`'${AZ_START.trim()}' without '${AZ_END.trim()}'`);
  return text.slice(0, headerEnd + 1) + azureInputs + '\n' + text.slice(j);
}
const END = '<!-- action-docs:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function tablesFor(actionYml) {
  const a = parse(withAzureInputs(readFileSync(actionYml, 'utf8')));
  const inputs = Object.entries(a.inputs ?? {}).map(
    ([k, v]) =>
      `| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${v.default === undefined ? '' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`,
  );
  const outputs = Object.entries(a.outputs ?? {}).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return [
    '### Inputs',
    '',
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

function targets() {
  const list = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'action.yml')))
    .map((d) => ({
      yml: path.join(root, 'actions', d.name, 'action.yml'),
      readme: path.join(root, 'actions', d.name, 'README.md'),
    }));
  // The root action: its tables go into the root README, under the same markers.
  return [...list, { yml: path.join(root, 'action.yml'), readme: path.join(root, 'README.md') }];
}

const INDEX_START = '<!-- actions-index:start -->';
const INDEX_END = '<!-- actions-index:end -->';

/** One table of every action: what it does, its inputs and outputs (names), for the root README. */
function actionsIndex() {
  const rows = targets().map(({ yml }) => {
    const a = parse(withAzureInputs(readFileSync(yml, 'utf8')));
    const dir = path.relative(root, path.dirname(yml)) || '.';
    const shared = new Set(Object.keys(parse(azureInputs.replace(/^  /gm, '')) ?? {}));
    const own = Object.keys(a.inputs ?? {}).filter((k) => !shared.has(k));
    const usesShared = Object.keys(a.inputs ?? {}).some((k) => shared.has(k));
    const inputs =
      own.map((k) => `\`${k}\``).join(', ') + (usesShared ? ', + [workspace/sign-in inputs](#signing-in)' : '');
    const outputs = Object.keys(a.outputs ?? {})
      .map((k) => `\`${k}\``)
      .join(', ');
    return `| [\`${dir === '.' ? 'root action' : path.basename(dir)}\`](${dir}) | ${cell(a.description)} | ${inputs} | ${outputs} |`;
  });
  return ['| action | what it does | inputs | outputs |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { yml, readme } of targets()) {
  const ymlText = readFileSync(yml, 'utf8');
  const synced = withAzureInputs(ymlText);
  if (synced !== ymlText) {
    stale++;
    if (check)
      console.error(
        `${path.relative(root, yml)}: the shared Azure inputs differ from actions/_runtime/azure-inputs.yml: run npm run docs`,
      );
    else writeFileSync(yml, synced);
  }
  const block = `${START}\n${tablesFor(yml)}\n${END}`;
  const current = existsSync(readme)
    ? readFileSync(readme, 'utf8')
    : `# ${path.basename(path.dirname(yml))}\n\n${START}\n${END}\n`;
  const i = current.indexOf(START);
  const j = current.indexOf(END);
  const next =
    i >= 0 && j > i
      ? current.slice(0, i) + block + current.slice(j + END.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  if (next !== current) {
    stale++;
    if (check) console.error(`${path.relative(root, readme)} is out of date with its action.yml: run npm run docs`);
    else writeFileSync(readme, next);
  }
}
const readmePath = path.join(root, 'README.md');
const readmeText = readFileSync(readmePath, 'utf8');
const a = readmeText.indexOf(INDEX_START);
const b = readmeText.indexOf(INDEX_END);
if (a >= 0 && b > a) {
  const next =
    readmeText.slice(0, a) + `${INDEX_START}\n${actionsIndex()}\n${INDEX_END}` + readmeText.slice(b + INDEX_END.length);
  if (next !== readmeText) {
    stale++;
    if (check) console.error('README.md: the actions table is out of date with the action.yml files: run npm run docs');
    else writeFileSync(readmePath, next);
  }
}
if (check && stale) process.exit(1);
