/**
 * promote.ts's rules over the local workspace's model store (a real LocalWorkspace in a temp folder), with one
 * write made to fail where a test needs a failure part-way.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { UserError } from '../../../shared/core/errors.js';
import { LocalWorkspace, listLocalModels, registerLocalModel } from '../../../shared/local/index.js';
import { parseCopyTarget } from '../../../shared/models/copy.js';
import {
  PartialPromotionError,
  parseStageTag,
  promoteModel,
  type ModelTagStore,
  type PromoteRequest,
} from '../../../shared/models/promote.js';
import { localModelTagStore } from '../../../shared/models/promote-local.js';

let ws: LocalWorkspace;

beforeEach(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'promote-unit-'));
  ws = await LocalWorkspace.open(path.join(root, '.mlops'));
  const files = path.join(root, 'files');
  mkdirSync(files);
  writeFileSync(path.join(files, 'MLmodel'), 'x');
  const tags: Record<string, string>[] = [{ stage: 'production' }, { stage: 'production', keep: 'me' }, {}, {}];
  for (const [i, t] of tags.entries())
    await registerLocalModel(ws, { name: 'm', version: String(i + 1), path: files, tags: t });
});

const tagsOf = async () => Object.fromEntries((await listLocalModels(ws, 'm')).map((m) => [m.version, m.tags]));
const request = (version: string, more: Partial<PromoteRequest> = {}): PromoteRequest => ({
  name: 'm',
  selector: { kind: 'version', version },
  stage: { key: 'stage', value: 'production' },
  addTags: {},
  removeTags: [],
  ...more,
});

/** The local store, with the write of `version` failing. */
function failingOn(version: string): ModelTagStore {
  const store = localModelTagStore(ws);
  return {
    ...store,
    updateTags: (name, v, edit) =>
      v === version ? Promise.reject(new Error('disk full')) : store.updateTags(name, v, edit),
  };
}

test('the stage moves off every version that held it, and previous names them all', async () => {
  const result = await promoteModel(localModelTagStore(ws), request('3'), memoryLogger());
  expect(result.previous).toEqual(['1', '2']);
  expect(result.changes.map((c) => c.version)).toEqual(['3', '1', '2']);
  expect(await tagsOf()).toEqual({ '1': {}, '2': { keep: 'me' }, '3': { stage: 'production' }, '4': {} });
});

test('a write failing part-way names what was changed and what was not, and reports what was done', async () => {
  const error = await promoteModel(failingOn('2'), request('3'), memoryLogger()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PartialPromotionError);
  const partial = error as PartialPromotionError;
  expect(partial.message).toMatch(/Writing the tags of m:2 failed: disk full/);
  expect(partial.message).toMatch(/Changed before the failure: 3, 1; not changed: 2\./);
  expect(partial.partial.changes.map((c) => c.version)).toEqual(['3', '1']);
  // Exactly that happened in the store: 3 holds the stage, 1 lost it, 2 still has it.
  expect(await tagsOf()).toMatchObject({ '1': {}, '2': { stage: 'production' }, '3': { stage: 'production' } });
  // Running again finishes it, writing only what is left.
  const again = await promoteModel(localModelTagStore(ws), request('3'), memoryLogger());
  expect(again.changes.map((c) => c.version)).toEqual(['2']);
});

test('the chosen version failing first changes nothing and says so', async () => {
  const error = (await promoteModel(failingOn('4'), request('4'), memoryLogger()).catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/Changed before the failure: nothing; not changed: 4, 1, 2\./);
  expect(await tagsOf()).toMatchObject({ '1': { stage: 'production' }, '2': { stage: 'production' }, '4': {} });
});

test('add-tags and remove-tags change only the chosen version', async () => {
  const result = await promoteModel(
    localModelTagStore(ws),
    request('2', { stage: undefined, addTags: { approved: 'yes' }, removeTags: ['keep'] }),
    memoryLogger(),
  );
  expect(result.previous).toEqual([]);
  expect(result.tags).toEqual({ stage: 'production', approved: 'yes' });
  expect((await tagsOf())['1']).toEqual({ stage: 'production' });
});

describe('parseStageTag', () => {
  test.each([
    ['stage=production', { key: 'stage', value: 'production' }],
    [' env = prod ', { key: 'env', value: 'prod' }],
    ['none', undefined],
    ['', undefined],
  ])('%j', (input, expected) => expect(parseStageTag(input)).toEqual(expected));
  test.each(['production', '=x', 'stage=', 'a=b\n::notice::x'])('%j is refused naming the input', (input) => {
    expect(() => parseStageTag(input)).toThrow(/Input 'stage'.*KEY=VALUE.*stage=production, or none/s);
  });
});

describe('parseCopyTarget', () => {
  test.each([
    ['registry:shared', { kind: 'registry', registry: 'shared' }],
    ['registry:rg-registries/shared', { kind: 'registry', registry: 'shared', resourceGroup: 'rg-registries' }],
    ['workspace:mlw-prod', { kind: 'workspace', workspace: 'mlw-prod' }],
    ['workspace:rg-prod/mlw-prod', { kind: 'workspace', workspace: 'mlw-prod', resourceGroup: 'rg-prod' }],
    [
      'workspace:00000000-0000-0000-0000-000000000001/rg-prod/mlw-prod',
      {
        kind: 'workspace',
        workspace: 'mlw-prod',
        resourceGroup: 'rg-prod',
        subscriptionId: '00000000-0000-0000-0000-000000000001',
      },
    ],
  ])('%s', (input, expected) => expect(parseCopyTarget(input)).toMatchObject(expected));
  test.each([
    'shared',
    'registry:a/b/c',
    'registry:rg./shared',
    'registry:x',
    'bucket:x',
    'workspace:a/b/c/d',
    'workspace:not-a-guid/rg/mlw-prod',
  ])('%s is refused naming the input and the accepted forms', (input) => {
    expect(() => parseCopyTarget(input)).toThrow(UserError);
    expect(() => parseCopyTarget(input)).toThrow(
      /Input 'copy-to'.*registry:NAME, registry:RESOURCE_GROUP\/NAME, workspace:NAME/,
    );
  });
});
