// Bundled in place of `@actions/http-client` (tsconfig.json "paths"; see scripts/build.mjs), so that the real client
// and what it imports at load (undici, about 1 MB, and tunnel) become a chunk of their own, loaded on the first
// request. @actions/core imports the client at load only for getIDToken: before this, every step paid for loading
// undici (about 40 ms of CPU) before it read an input.
//
// The alias reaches every importer of `@actions/http-client` in a bundle: @actions/core (getIDToken),
// @actions/artifact (its twirp client, downloads) and @actions/github (proxy agents for Octokit; it depends on
// http-client 3.0.2, whose HttpClient is the same code as 4.0.1's, as CommonJS). Their use:
// - `new HttpClient(...)` then a request (get, post, getJson, ...): the request methods are async, so a client made
//   before the module is loaded loads it on its first request;
// - HttpClient#getAgent / #getAgentDispatcher (@actions/github) are synchronous: they need the module loaded first.
//   scripts/stubs/artifact.ts loads it with @actions/artifact, the only way @actions/github reaches a bundle;
// - HttpCodes and the other exports: bound to the real ones once the module is loaded (ES module live bindings);
//   the artifact client reads HttpCodes after a response, when they are.
// __tests__/repo/bundle-startup.test.ts checks that this covers every member of the real module and client.

/** The real module, once loaded. */
let real;
let loading;

/** Loads the real module (once); from then on every export of this module is the real one. */
export function loadHttpClient() {
  loading ??= import('../../node_modules/@actions/http-client/lib/index.js').then((m) => {
    real = m;
    ({ HttpClient, HttpCodes, Headers, MediaTypes, HttpClientError, HttpClientResponse } = m);
  });
  return loading;
}

/** The real module's other exports: undefined until it is loaded. */
export let HttpCodes, Headers, MediaTypes, HttpClientError, HttpClientResponse;

export function getProxyUrl(serverUrl) {
  return loaded('getProxyUrl').getProxyUrl(serverUrl);
}

export function isHttps(requestUrl) {
  return loaded('isHttps').isHttps(requestUrl);
}

function loaded(member) {
  if (!real) {
    throw new Error(`@actions/http-client: ${member} was called before the module was loaded (await loadHttpClient())`);
  }
  return real;
}

/** HttpClient's methods that return a promise: they load the module first. */
export const ASYNC_METHODS = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'getJson',
  'postJson',
  'putJson',
  'patchJson',
  'request',
  'requestRaw',
];
/** HttpClient's synchronous methods: they need the module loaded. */
export const SYNC_METHODS = ['requestRawWithCallback', 'getAgent', 'getAgentDispatcher', 'dispose'];

/** Each client made before the module was loaded: its constructor's arguments, then the real client made from them. */
const clients = new WeakMap();

/** An HttpClient made before the module is loaded: it makes the real client, with the same arguments, when used. */
class LazyHttpClient {
  constructor(...args) {
    clients.set(this, { args });
  }
}

function realClient(lazy, member) {
  const entry = clients.get(lazy);
  entry.client ??= new (loaded(`HttpClient#${member}`).HttpClient)(...entry.args);
  return entry.client;
}

for (const name of ASYNC_METHODS) {
  LazyHttpClient.prototype[name] = async function (...args) {
    await loadHttpClient();
    return realClient(this, name)[name](...args);
  };
}
for (const name of SYNC_METHODS) {
  LazyHttpClient.prototype[name] = function (...args) {
    return realClient(this, name)[name](...args);
  };
}

/** The lazy client until the module is loaded, then the real class. */
export let HttpClient = LazyHttpClient;
