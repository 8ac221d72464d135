// A stand-in for `az rest` over a JSON file of model versions ({"<version>": {"properties": {...}}}), enough
// for promote_model.sh: GET one version, GET the list with a `tags=key=value` filter and `--query
// "value[].name" --output tsv`, PUT one version from `--body @file`. Every call is appended to FAKE_AZ_LOG.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const store = process.env.FAKE_AZ_STORE;
const versions = JSON.parse(readFileSync(store, 'utf8'));
const method = option('--method');
const url = new URL(option('--url'));
appendFileSync(process.env.FAKE_AZ_LOG, `${method} ${url.pathname.split('/versions')[1] || '/'}${url.search}\n`);

const one = /\/versions\/([^/]+)$/.exec(url.pathname)?.[1];
if (args[0] !== 'rest') throw new Error(`fake az: only 'az rest' is implemented, got ${args[0]}`);
if (method === 'get' && one) {
  if (!versions[one]) {
    process.stderr.write(`(UserError) model version ${one} not found\n`);
    process.exit(3);
  }
  process.stdout.write(JSON.stringify({ id: url.pathname, name: one, ...versions[one] }));
} else if (method === 'get') {
  const [key, value] = (url.searchParams.get('tags') ?? '').split('=');
  const names = Object.keys(versions).filter((v) => versions[v].properties.tags?.[key] === value);
  if (option('--query') !== 'value[].name' || option('--output') !== 'tsv') throw new Error('fake az: unexpected list');
  process.stdout.write(names.map((n) => `${n}\n`).join(''));
} else if (method === 'put' && one) {
  versions[one] = JSON.parse(readFileSync(option('--body').replace(/^@/, ''), 'utf8'));
  writeFileSync(store, JSON.stringify(versions));
} else {
  throw new Error(`fake az: unexpected ${method} ${url}`);
}
