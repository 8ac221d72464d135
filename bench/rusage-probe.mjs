// Preloaded into a measured child (NODE_OPTIONS=--import): at exit, writes the process's own CPU time and peak
// memory to RUSAGE_PROBE_OUT. The parent cannot read a child's getrusage from Node, and a wrapper process would
// count itself; the same probe is preloaded into the bare-node baseline, so its small cost cancels out.
import { writeFileSync } from 'node:fs';

const out = process.env.RUSAGE_PROBE_OUT;
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKiB: r.maxRSS }));
  });
}
