/**
 * The online endpoint body against the one azure-ai-ml sent in Microsoft's recorded session
 * (__tests__/fixtures/endpoints-fidelity/online_endpoint_create, SOURCES.md): same keys, same values, same order, and the
 * recorded Content-Length when written as Python's json.dumps writes it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOnlineEndpoint } from '../../../shared/endpoints/spec.js';
import { onlineEndpointBody } from '../../../shared/endpoints/to-rest.js';
import { pythonJsonDumps, type JsonValue } from '../../../shared/pipeline/python-format.js';

const CASE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/endpoints-fidelity/online_endpoint_create',
);

describe('online endpoint body fidelity', () => {
  it('a new key-auth endpoint is sent byte for byte as azure-ai-ml sent it', async () => {
    const recorded = JSON.parse(readFileSync(path.join(CASE, 'recorded-request.json'), 'utf8'))[0];
    const testCase = JSON.parse(readFileSync(path.join(CASE, 'case.json'), 'utf8'));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fidelity-')), 'endpoint.yml');
    writeFileSync(file, testCase.yaml);
    const { spec } = await loadOnlineEndpoint(file);
    const ours = JSON.parse(JSON.stringify(onlineEndpointBody(spec, testCase.location, undefined))) as JsonValue;
    expect(pythonJsonDumps(recorded.RequestBody)).toHaveLength(recorded.ContentLength);
    expect(pythonJsonDumps(ours)).toBe(pythonJsonDumps(recorded.RequestBody));
  });
});
