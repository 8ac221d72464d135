/**
 * Parses Mermaid sources with mermaid itself (the npm package GitHub's renderer is built on) and prints, as JSON,
 * one error message or null per source. Mermaid sanitises labels with DOMPurify, which needs a DOM: jsdom gives it
 * one. It runs as its own Node process because jest's module runtime cannot load jsdom (jsdom requires ESM-only
 * packages, which Node allows and jest does not).
 *
 * stdin: a JSON array of Mermaid sources; stdout: a JSON array of (string | null).
 */
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window, document: window.document });
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    await mermaid.parse(source);
    results.push(null);
  } catch (error) {
    results.push(String(error?.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));
