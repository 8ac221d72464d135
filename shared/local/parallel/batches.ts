import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../core/errors.js';

/** One unit of work for `run(mini_batch)`: some files, or a line-aligned byte range of rows of one delimited file. */
export type MiniBatch =
  | { id: number; kind: 'files'; files: string[] }
  | { id: number; kind: 'rows'; file: string; start: number; end: number; delimiter: string; rows: number };

/** What the input data holds: a list of files, or delimited tables (an MLTable with `read_delimited`). */
export type MiniBatchSource = { kind: 'files'; files: string[] } | { kind: 'rows'; files: string[]; delimiter: string };

/** Azure ML's defaults: 10 files per mini-batch for file data, 1 MB of rows for tabular data. */
const DEFAULT_FILES = 10;
const DEFAULT_BYTES = 1024 * 1024;
const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * The items `input_data` stands for. A uri_folder is its files (recursively, sorted); a uri_file is itself; an
 * mltable folder is what its MLTable file's `paths` name, read as rows when it has a `read_delimited`
 * transformation (as Azure ML's parallel runtime splits it), as files otherwise.
 */
export async function miniBatchSource(path: string, type: string): Promise<MiniBatchSource> {
  const info = await stat(path);
  if (info.isFile()) return { kind: 'files', files: [path] };
  if (type !== 'mltable') return { kind: 'files', files: await listFiles(path) };
  const spec = parse(await readFile(join(path, 'MLTable'), 'utf8').catch(() => '')) as MLTableSpec | null;
  if (!spec?.paths) throw new UserError(`input_data ${path} is an mltable without an MLTable file listing paths`);
  const files: string[] = [];
  for (const entry of spec.paths) {
    if (entry.file) files.push(resolve(path, entry.file));
    else if (entry.folder) files.push(...(await listFiles(resolve(path, entry.folder))));
    else throw new UserError(`MLTable paths entry ${JSON.stringify(entry)}: only file and folder run locally`);
  }
  const delimited = spec.transformations?.find((t) => t && typeof t === 'object' && 'read_delimited' in t);
  if (!delimited) return { kind: 'files', files };
  const options = (delimited as { read_delimited?: { delimiter?: string } | null }).read_delimited;
  return { kind: 'rows', files, delimiter: options?.delimiter ?? ',' };
}

interface MLTableSpec {
  paths?: { file?: string; folder?: string; pattern?: string }[];
  transformations?: unknown[];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Splits the source as Azure ML reads `mini_batch_size`: a count of files for file data; for rows an approximate
 * size ("10kb", "1mb", or bytes), each mini-batch taking whole rows until it reaches the size (one row at least).
 */
export async function splitMiniBatches(source: MiniBatchSource, miniBatchSize?: string): Promise<MiniBatch[]> {
  const batches: MiniBatch[] = [];
  if (source.kind === 'files') {
    const size = miniBatchSize === undefined ? DEFAULT_FILES : Number(miniBatchSize);
    if (!Number.isInteger(size) || size < 1)
      throw new UserError(`mini_batch_size '${miniBatchSize}' must be a number of files (1 or more) for file data`);
    for (let i = 0; i < source.files.length; i += size)
      batches.push({ id: batches.length, kind: 'files', files: source.files.slice(i, i + size) });
    return batches;
  }
  const bytes = miniBatchSize === undefined ? DEFAULT_BYTES : parseSize(miniBatchSize);
  for (const file of source.files) {
    const text = await readFile(file);
    let start = text.indexOf(0x0a) + 1;
    if (start === 0) continue; // a header and no rows
    let rows = 0;
    let batchStart = start;
    while (start < text.length) {
      const newline = text.indexOf(0x0a, start);
      const end = newline === -1 ? text.length : newline + 1;
      if (text.subarray(start, end).toString().trim()) rows += 1;
      start = end;
      if (end - batchStart >= bytes || end === text.length) {
        if (rows)
          batches.push({
            id: batches.length,
            kind: 'rows',
            file,
            start: batchStart,
            end,
            delimiter: source.delimiter,
            rows,
          });
        batchStart = end;
        rows = 0;
      }
    }
  }
  return batches;
}

export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(text);
  if (!match) throw new UserError(`mini_batch_size '${text}' is not a size; use a number of bytes or e.g. 10kb, 1mb`);
  const unit = match[2].toLowerCase();
  return Math.max(1, Math.round(Number(match[1]) * UNITS[unit.length === 1 && unit !== 'b' ? `${unit}b` : unit]));
}
