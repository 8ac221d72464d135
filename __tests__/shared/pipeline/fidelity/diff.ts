export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One field where two bodies disagree; `undefined` means the field is absent on that side. */
export interface Difference {
  path: string;
  ours: Json | undefined;
  recorded: Json | undefined;
}

/**
 * Field-for-field differences of two JSON bodies. Key order is ignored (JSON objects are unordered on the
 * wire); types are not coerced, so `"1"` and `1` differ, as they do for the service.
 */
export function diffJson(ours: Json | undefined, recorded: Json | undefined, path = ''): Difference[] {
  if (isObject(ours) && isObject(recorded)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(ours)])];
    return keys.flatMap((key) => diffJson(ours[key], recorded[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(ours) && Array.isArray(recorded)) {
    const length = Math.max(ours.length, recorded.length);
    return Array.from({ length }, (_, i) => diffJson(ours[i], recorded[i], `${path}[${i}]`)).flat();
  }
  if (JSON.stringify(ours) === JSON.stringify(recorded)) return [];
  return [{ path: path || '(body)', ours, recorded }];
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The body as Python's `json.dumps` writes it (`", "` and `": "` separators, non-ASCII escaped): azure-core sends
 * request bodies this way, so its length is the `Content-Length` the recorder kept beside each request.
 */
export function pythonJsonText(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(pythonJsonText).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${asciiString(k)}: ${pythonJsonText(v)}`)
      .join(', ')}}`;
  return typeof value === 'string' ? asciiString(value) : JSON.stringify(value);
}

function asciiString(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
