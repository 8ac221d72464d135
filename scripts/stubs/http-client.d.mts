// Types of scripts/stubs/http-client.mjs: the real module's, and the loader.
export * from '../../node_modules/@actions/http-client/lib/index.js';
/** Loads the real module (once); from then on every export of the stub is the real one. */
export declare function loadHttpClient(): Promise<void>;
/** HttpClient's methods that return a promise, and its synchronous ones, as the stub forwards them. */
export declare const ASYNC_METHODS: readonly string[];
export declare const SYNC_METHODS: readonly string[];
