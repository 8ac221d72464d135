// Types of scripts/stubs/exec.mjs: the real module's.
export * from '../../node_modules/@actions/exec/lib/exec.js';
