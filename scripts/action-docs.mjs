#!/usr/bin/env node
// Writes the inputs/outputs tables of every action README from its action.yml, between
//   <!-- action-docs:start --> and <!-- action-docs:end -->
// `--check` writes nothing and exits 1 when a README is out of date (CI runs it that way).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const START = '<!-- action-docs:start -->';
/**
 * Inputs several actions share, each a YAML document of its own (so formatters keep it valid) in actions/_runtime/,
 * copied (indented under `inputs:`) between `# <name>` and `# </name>` markers of every action.yml that has them.
 */
const SHARED_INPUTS = [
  { name: 'azure-inputs', link: '[workspace/sign-in inputs](#signing-in)' },
  { name: 'backend-inputs', link: '[backend inputs](#the-local-backend)' },
].map(({ name, link }) => ({
  name,
  link,
  start: `  # <${name}>`,
  end: `  # </${name}>`,
  text: readFileSync(path.join(root, 'actions', '_runtime', `${name}.yml`), 'utf8')
    .trimEnd()
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => (l ? `  ${l}` : l))
    .join('\n'),
}));

/** Replaces each shared inputs block of an action.yml with the one in actions/_runtime/<name>.yml. */
export function withSharedInputs(text) {
  for (const block of SHARED_INPUTS) {
    const i = text.indexOf(block.start);
    if (i < 0) continue;
    const headerEnd = text.indexOf('\n', i);
    const j = text.indexOf(block.end, headerEnd);
    if (j < 0) throw new Error(`'${block.start.trim()}' without '${block.end.trim()}'`);
    text = text.slice(0, headerEnd + 1) + block.text + '\n' + text.slice(j);
  }
  return text;
}
const END = '<!-- action-docs:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function tablesFor(actionYml) {
  const a = parse(withSharedInputs(readFileSync(actionYml, 'utf8')));
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
    const a = parse(withSharedInputs(readFileSync(yml, 'utf8')));
    const dir = path.relative(root, path.dirname(yml)) || '.';
    const names = Object.keys(a.inputs ?? {});
    const blocks = SHARED_INPUTS.map((b) => ({ link: b.link, keys: Object.keys(parse(b.text.replace(/^  /gm, ''))) }));
    const own = names.filter((k) => !blocks.some((b) => b.keys.includes(k)));
    const used = blocks.filter((b) => b.keys.some((k) => names.includes(k))).map((b) => `, + ${b.link}`);
    const inputs = own.map((k) => `\`${k}\``).join(', ') + used.join('');
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
  const synced = withSharedInputs(ymlText);
  if (synced !== ymlText) {
    stale++;
    if (check)
      console.error(
        `${path.relative(root, yml)}: the shared inputs differ from actions/_runtime/*-inputs.yml: run npm run docs`,
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
