import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The endpoint project the deploy-endpoint tests deploy (endpoint.yml, deployment.yml, score/, model files). */
export const ENDPOINT_FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'project');

/** A copy of the fixture project whose endpoint is called `endpoint`, so each test has its own. */
export function endpointProject(endpoint: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'endpoint-'));
  cpSync(ENDPOINT_FIXTURE, dir, { recursive: true });
  for (const file of ['endpoint.yml', 'deployment.yml']) {
    const text = readFileSync(path.join(dir, file), 'utf8').replaceAll('animals-api', endpoint);
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
