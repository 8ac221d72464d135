// Bundled in place of `@actions/artifact` (tsconfig.json "paths"; see scripts/build.mjs): the real package, imported
// once the real @actions/http-client is loaded. In a bundle `@actions/http-client` is scripts/stubs/http-client.mjs,
// which loads the client on the first request; but @actions/artifact imports @actions/github, which asks the client
// for proxy agents (synchronously) while it loads. Both are chunks, loaded on the first upload.
// __tests__/repo/bundle-startup.test.ts checks that this exports everything the package does.
import { loadHttpClient } from './http-client.mjs';

await loadHttpClient();
// Imported only now: a static import would be evaluated before the await above.
const artifact = await import('../../node_modules/@actions/artifact/lib/artifact.js');

export type * from '../../node_modules/@actions/artifact/lib/artifact.js';
export const {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  FilesNotFoundError,
  GHESNotSupportedError,
  InvalidResponseError,
  NetworkError,
  UsageError,
} = artifact;
export default artifact.default;
