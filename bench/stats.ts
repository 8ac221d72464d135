/** Small helpers shared by the benchmarks: medians and a printed ratio table. */
import { loadavg } from 'node:os';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Row {
  name: string;
  samples: number[];
  unit?: string;
}

/** Prints each row's median and its ratio to the first row (the baseline measured in the same run). */
export function printRatios(title: string, rows: Row[]): string {
  const base = median(rows[0].samples);
  const lines = [
    `\n${title}`,
    ...rows.map((r) => {
      const m = median(r.samples);
      return `  ${r.name.padEnd(48)} median ${m.toFixed(1).padStart(8)} ${r.unit ?? 'ms'}  x${(m / base).toFixed(2)} of baseline  (n=${r.samples.length})`;
    }),
  ];
  const text = lines.join('\n');
  process.stdout.write(text + '\n');
  return text;
}

/** Prints a plain table (first column left-aligned, the others right-aligned) and returns its text. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(2) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const text = [`\n${title}`, ...cells.map((r) => line(r.map(String)))].join('\n');
  process.stdout.write(text + '\n');
  return text;
}

/** Prints one value per row (sizes, counts): no baseline to compare with. */
export function printValues(title: string, rows: { name: string; value: number; unit: string }[]): string {
  const lines = [
    `\n${title}`,
    ...rows.map((r) => `  ${r.name.padEnd(48)} ${r.value.toFixed(1).padStart(10)} ${r.unit}`),
  ];
  const text = lines.join('\n');
  process.stdout.write(text + '\n');
  return text;
}

/** Wall-clock milliseconds one run of `fn` takes. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Wall-clock and CPU milliseconds (this process, all threads: an in-process server's work counts too) one run of
 * `fn` takes. On a shared machine CPU time moves far less with the load than wall time does.
 */
export async function measureMs(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: (used.user + used.system) / 1000 };
}

/** Wall and CPU milliseconds of one contender's runs, one sample per run, and the machine's load after each. */
export class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  /** The 1-minute load average after each run: on a shared machine a ratio means little without it. */
  readonly load: number[] = [];

  async measure(fn: () => Promise<unknown>): Promise<void> {
    const run = await measureMs(fn);
    this.wall.push(run.wall);
    this.cpu.push(run.cpu);
    this.load.push(loadavg()[0]);
  }
}

/** One round's two contenders, and what to clean up once both have run. */
export interface Round {
  plain: () => Promise<unknown>;
  ours: () => Promise<unknown>;
  cleanUp?: () => void;
}

/**
 * `rounds` rounds of a plain library call and our code on the same work, alternating which goes first so neither
 * always inherits the other's garbage or warm caches; `round(i)` makes round i's runs.
 */
export async function alternateRounds(
  rounds: number,
  round: (i: number) => Round,
): Promise<{ plain: Samples; ours: Samples }> {
  const plain = new Samples();
  const ours = new Samples();
  for (let i = 0; i < rounds; i++) {
    const runs = round(i);
    const order = [() => plain.measure(runs.plain), () => ours.measure(runs.ours)];
    if (i % 2) order.reverse();
    for (const run of order) await run();
    runs.cleanUp?.();
  }
  return { plain, ours };
}

/**
 * Prints a plain library call against our code on the same work: wall-time ratios of medians, the same runs in
 * CPU time, and every round in order (under load a single slow round shows there, not in the medians).
 */
export function printPlainVsOurs(
  title: string,
  plain: { name: string; samples: Samples },
  ours: { name: string; samples: Samples },
): void {
  printRatios(title, [
    { name: plain.name, samples: plain.samples.wall },
    { name: ours.name, samples: ours.samples.wall },
  ]);
  printRatios(`  the same runs in CPU time`, [
    { name: `${plain.name} (CPU)`, samples: plain.samples.cpu },
    { name: `${ours.name} (CPU)`, samples: ours.samples.cpu },
  ]);
  const rounds = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  process.stdout.write(`  rounds (ms): plain ${rounds(plain.samples.wall)}; ours ${rounds(ours.samples.wall)}\n`);
  const load = [...plain.samples.load, ...ours.samples.load];
  process.stdout.write(
    `  load average (1 min) during the runs: ${Math.min(...load).toFixed(1)} to ${Math.max(...load).toFixed(1)}\n`,
  );
}
