// Preloaded into a measured child (NODE_OPTIONS=--import): writes the process's own CPU time and peak memory to
// RUSAGE_PROBE_OUT at exit, and the CPU time used when each outgoing TCP connection was opened (with its wall
// clock time, so the bench can match it with the server's log). The parent cannot read a child's getrusage from
// Node, and a wrapper process would count itself; the same probe runs in the bare-node baseline, so its small
// cost cancels out. CPU time, unlike wall time, hardly moves when other work shares the cores.
import net from 'node:net';
import { writeFileSync } from 'node:fs';

const out = process.env.RUSAGE_PROBE_OUT;
const cpuMs = () => {
  const r = process.resourceUsage();
  return (r.userCPUTime + r.systemCPUTime) / 1000;
};

if (out) {
  const connects = [];
  const connect = net.Socket.prototype.connect;
  // Every client socket (http, https, tls, a proxy tunnel) is opened through Socket#connect.
  net.Socket.prototype.connect = function (...args) {
    connects.push({ at: Date.now(), cpuMs: cpuMs() });
    return connect.apply(this, args);
  };
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify({ cpuMs: cpuMs(), maxRssKiB: process.resourceUsage().maxRSS, connects }));
  });
}
