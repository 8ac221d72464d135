// Bundled in place of `@actions/exec` (tsconfig.json "paths"; see scripts/build.mjs). @actions/core imports it at
// load only for `core.platform.getDetails()`, and with it child_process and @actions/io: this loads the real module
// (a chunk) on the first call instead. Both of its functions return promises, so each simply awaits the load.
// __tests__/repo/bundle-startup.test.ts checks that this forwards every export of the real module.
const load = () => import('../../node_modules/@actions/exec/lib/exec.js');

export async function exec(commandLine, args, options) {
  return (await load()).exec(commandLine, args, options);
}

export async function getExecOutput(commandLine, args, options) {
  return (await load()).getExecOutput(commandLine, args, options);
}
