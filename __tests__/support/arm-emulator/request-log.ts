/** Log of every request the emulator received, with secrets removed (never the Authorization header). */
import type { EmuRequest } from './http.js';
import type { JsonValue } from './json.js';
import { clone, isObject } from './json.js';
import { bodyDefinitionFor, validateBody } from './swagger.js';

export interface RequestRecord {
  time: string;
  method: string;
  /** Host the client addressed (the public name when it came through the proxy). */
  host: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** Request body: JSON, or the form fields of a token request; secrets replaced by `***`. */
  body?: JsonValue;
  /** Set when a fault rule answered instead of the route (`status 429`, `reset`, ...). */
  fault?: string;
  /** How the body breaks the swagger of the api-version (checked operations only; see swagger.ts). */
  swaggerProblems?: string[];
}

/** A request whose body the swagger refuses (kept across `clear()`, so a whole test file can be judged). */
export interface SwaggerViolation {
  method: string;
  path: string;
  definition: string;
  problems: string[];
}

export interface RequestFilter {
  method?: string;
  /** Substring or pattern the path must contain / match. */
  path?: string | RegExp;
}

const SECRET_FORM_FIELDS = new Set(['client_secret', 'client_assertion']);

export class RequestLog {
  readonly records: RequestRecord[] = [];
  readonly swaggerViolations: SwaggerViolation[] = [];
  /** Stamps `time`: the wall clock, or a test's simulated one (requests per simulated minute). */
  clock: () => number = Date.now;

  add(req: EmuRequest, status: number, fault?: string): RequestRecord {
    const record: RequestRecord = {
      time: new Date(this.clock()).toISOString(),
      method: req.method,
      host: new URL(req.origin).host,
      path: req.path,
      query: Object.fromEntries(req.query),
      status,
    };
    const body = redactedBody(req);
    if (body !== undefined) record.body = body;
    if (fault) record.fault = fault;
    const definition = req.body === undefined ? undefined : bodyDefinitionFor(req.method, req.path);
    if (definition) {
      const problems = validateBody(definition, req.body!);
      if (problems.length) {
        record.swaggerProblems = problems;
        this.swaggerViolations.push({ method: req.method, path: req.path, definition, problems });
      }
    }
    this.records.push(record);
    return record;
  }

  filter(filter: RequestFilter = {}): RequestRecord[] {
    return this.records.filter(
      (r) =>
        (filter.method === undefined || r.method === filter.method.toUpperCase()) &&
        (filter.path === undefined ||
          (typeof filter.path === 'string' ? r.path.includes(filter.path) : filter.path.test(r.path))),
    );
  }

  /** ARM requests that could change something (anything but GET/HEAD under /subscriptions). */
  writes(): RequestRecord[] {
    return this.records.filter(
      (r) => r.path.startsWith('/subscriptions/') && r.method !== 'GET' && r.method !== 'HEAD',
    );
  }

  clear(): void {
    this.records.length = 0;
  }
}

function redactedBody(req: EmuRequest): JsonValue | undefined {
  if (req.form) {
    return Object.fromEntries([...req.form].map(([k, v]) => [k, SECRET_FORM_FIELDS.has(k) ? '***' : v]));
  }
  if (req.body === undefined) return undefined;
  const body = clone(req.body);
  redactSecrets(body);
  return body;
}

/** Datastore `credentials.secrets` are write-only secrets; keep their type, hide their values. */
function redactSecrets(value: JsonValue): void {
  if (Array.isArray(value)) return value.forEach(redactSecrets);
  if (!isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'secrets' && isObject(v)) {
      for (const field of Object.keys(v)) if (field !== 'secretsType') v[field] = '***';
    } else redactSecrets(v);
  }
}
