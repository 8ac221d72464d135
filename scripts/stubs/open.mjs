// Bundled in place of the `open` package (tsconfig.json "paths"; see scripts/build.mjs). @azure/identity reaches
// `open` only from InteractiveBrowserCredential, which no action uses: a runner has no browser to open.
export default function open() {
  throw new Error('Interactive browser sign-in is not available in these actions: sign in with OIDC or creds.');
}
