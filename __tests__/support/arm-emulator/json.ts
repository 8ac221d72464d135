/** JSON values as the emulator stores and returns them (request bodies are parsed into these). */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined when absent or not an object. */
export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : undefined;
}

export function stringAt(value: unknown, key: string): string | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return typeof child === 'string' ? child : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return typeof child === 'number' ? child : undefined;
}

/** Deep copy, so stored resources never alias request bodies or responses handed to tests. */
export function clone<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** Structural equality of two JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}
