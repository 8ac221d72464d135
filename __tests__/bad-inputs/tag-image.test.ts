/**
 * tag-image against bad inputs: see harness.ts for the promises. The images live on a stand-in registry that
 * records every request: a bad input must not reach it (nor read, nor write).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventEnv } from '../support/github-events/events.js';
import { cases } from './cases/tag-image.js';
import { badInputSuite } from './harness.js';

let server: Server;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  expect(requests).toEqual([]);
  await new Promise((resolve) => server.close(resolve));
});

const registry = () => `127.0.0.1:${(server.address() as AddressInfo).port}`;

badInputSuite(
  'tag-image',
  cases,
  () => ({
    project: {},
    inputs: () => ({ images: `${registry()}/mlops/api`, 'model-name': 'clf', 'model-version': '3' }),
    env: () => eventEnv('push-main'),
    writes: () => [...requests],
  }),
  { 'registry-lookup': 'false' },
);
