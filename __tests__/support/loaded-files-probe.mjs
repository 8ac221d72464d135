// Preloaded into an action's process (NODE_OPTIONS=--import): records each file the process loads as an ES module
// (a bundle's index.js and every chunk ncc emitted for a dynamic import()), and which of them were loaded when the
// first outgoing connection opened. Written as JSON to LOADED_FILES_OUT at exit: { all: [...], atFirstConnect: [...] }.
import { registerHooks } from 'node:module';
import net from 'node:net';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = process.env.LOADED_FILES_OUT;
const all = [];
let atFirstConnect;

if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) all.push(fileURLToPath(url));
      return nextLoad(url, context);
    },
  });
  const connect = net.Socket.prototype.connect;
  // Every client socket (http, https, tls, a proxy tunnel) is opened through Socket#connect.
  net.Socket.prototype.connect = function (...args) {
    atFirstConnect ??= [...all];
    return connect.apply(this, args);
  };
  process.on('exit', () => writeFileSync(out, JSON.stringify({ all, atFirstConnect: atFirstConnect ?? [] })));
}
