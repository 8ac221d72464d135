/**
 * Checks request bodies against the swagger definitions of the api-version the code calls, kept as data in
 * __tests__/fixtures/azure-ml-rest/<version>/swagger/ (SOURCES.md). A small validator for what those definitions
 * use: $ref, allOf inheritance, discriminators (`discriminator` + `x-ms-discriminator-value`), required,
 * additionalProperties (false or a schema), x-nullable, readOnly (not allowed in a request), enum, minLength,
 * pattern and the JSON types. No npm JSON-schema validator understands swagger 2.0 discriminators and allOf with
 * `additionalProperties: false` on each part, so this one does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import type { JsonValue } from './json.js';
import { isObject } from './json.js';

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: string[];
  discriminator?: string;
  'x-ms-discriminator-value'?: string;
  'x-nullable'?: boolean;
  'x-opaque'?: string;
  readOnly?: boolean;
  minLength?: number;
  pattern?: string;
}

export interface SwaggerDefinitions {
  /** `METHOD /workspaces/{workspaceName}/...` (the path under the provider) -> definition of the body. */
  operations: Record<string, string>;
  definitions: Record<string, Schema>;
}

/** Per swagger file of the version: mfe.json (jobs and assets; endpoints and deployments) and machineLearningServices.json (computes). */
const FIXTURES = ['mfe-definitions.json', 'compute-definitions.json', 'endpoint-definitions.json'].map((file) =>
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../fixtures/azure-ml-rest',
    ML_API_VERSION,
    'swagger',
    file,
  ),
);

let loaded: SwaggerDefinitions | undefined;
export function swaggerDefinitions(): SwaggerDefinitions {
  loaded ??= mergeDefinitions(FIXTURES.map((file) => JSON.parse(readFileSync(file, 'utf8')) as SwaggerDefinitions));
  return loaded;
}

/** The files' operations and definitions as one document; a name defined twice would make a $ref ambiguous. */
export function mergeDefinitions(parts: SwaggerDefinitions[]): SwaggerDefinitions {
  const merged: SwaggerDefinitions = { operations: {}, definitions: {} };
  for (const part of parts) {
    for (const name of Object.keys(part.definitions))
      if (name in merged.definitions) throw new Error(`swagger fixtures: definition '${name}' is in two files`);
    Object.assign(merged.operations, part.operations);
    Object.assign(merged.definitions, part.definitions);
  }
  return merged;
}

const PROVIDER = 'microsoft.machinelearningservices';

/** The definition a request's body must follow, or undefined when no checked operation matches. */
export function bodyDefinitionFor(method: string, requestPath: string, doc = swaggerDefinitions()): string | undefined {
  const segments = requestPath.split('/').filter(Boolean);
  const at = segments.findIndex((s) => s.toLowerCase() === PROVIDER);
  if (at < 0) return undefined;
  const tail = segments.slice(at + 1);
  for (const [operation, definition] of Object.entries(doc.operations)) {
    const [opMethod, opPath] = operation.split(' ');
    const pattern = opPath.split('/').filter(Boolean);
    if (opMethod !== method.toUpperCase() || pattern.length !== tail.length) continue;
    if (pattern.every((p, i) => p.startsWith('{') || p.toLowerCase() === tail[i].toLowerCase())) return definition;
  }
  return undefined;
}

/** Every way `value` breaks definition `name`, as "path: problem"; empty when it is valid. */
export function validateBody(name: string, value: JsonValue, doc = swaggerDefinitions()): string[] {
  const problems: string[] = [];
  new Validator(doc, problems).check({ $ref: `#/definitions/${name}` }, value, '');
  return problems;
}

class Validator {
  constructor(
    private readonly doc: SwaggerDefinitions,
    private readonly problems: string[],
  ) {}

  check(schema: Schema, value: JsonValue, at: string): void {
    const resolved = this.resolve(schema);
    if (value === null) {
      if (!schema['x-nullable'] && !resolved['x-nullable']) this.problem(at, 'null is not allowed');
      return;
    }
    if (schema.readOnly || resolved.readOnly) this.problem(at, 'is read-only and must not be sent');
    const refName = schema.$ref ? defName(schema.$ref) : undefined;
    if (isComposite(resolved)) return this.checkObject(refName, resolved, value, at);
    this.checkScalar(resolved, value, at);
  }

  private checkObject(name: string | undefined, schema: Schema, value: JsonValue, at: string): void {
    if (!isObject(value)) return this.problem(at, `expected an object, got ${typeof value}`);
    if (schema['x-opaque']) return;
    const actual = name ? this.subtype(name, schema, value, at) : { name, schema };
    if (!actual || actual.schema['x-opaque']) return;
    const { properties, required, additional } = this.flatten(actual.schema);
    for (const key of required) if (!(key in value)) this.problem(join(at, key), 'is required');
    for (const [key, v] of Object.entries(value)) {
      if (properties[key]) this.check(properties[key], v, join(at, key));
      else if (isObject(additional as JsonValue)) this.check(additional as Schema, v, join(at, key));
      else if (additional === false) this.problem(join(at, key), `is not a property of ${actual.name ?? 'the object'}`);
    }
  }

  /** The subtype named by the discriminator, or the schema itself when it has none. */
  private subtype(name: string, schema: Schema, value: Record<string, JsonValue>, at: string) {
    const discriminator = this.discriminatorOf(schema);
    if (!discriminator || schema['x-ms-discriminator-value']) return { name, schema };
    const wanted = value[discriminator];
    const found = Object.entries(this.doc.definitions).find(
      ([n, d]) => this.inherits(d, name) && (d['x-ms-discriminator-value'] ?? n) === wanted,
    );
    if (found) return { name: found[0], schema: found[1] };
    if (wanted === name) return { name, schema };
    const known = Object.entries(this.doc.definitions)
      .filter(([, d]) => this.inherits(d, name))
      .map(([n, d]) => d['x-ms-discriminator-value'] ?? n);
    this.problem(join(at, discriminator), `'${String(wanted)}' is not one of ${known.join(', ')} (${name})`);
    return undefined;
  }

  private checkScalar(schema: Schema, value: JsonValue, at: string): void {
    switch (schema.type) {
      case 'string':
        if (typeof value !== 'string') return this.problem(at, `expected a string, got ${typeof value}`);
        if (schema.enum && !schema.enum.includes(value))
          this.problem(at, `'${value}' is not one of ${schema.enum.join(', ')}`);
        if (schema.minLength !== undefined && value.length < schema.minLength) this.problem(at, 'is too short');
        if (schema.pattern && !new RegExp(schema.pattern).test(value))
          this.problem(at, `does not match ${schema.pattern}`);
        return;
      case 'integer':
        if (!Number.isInteger(value)) this.problem(at, `expected an integer, got ${JSON.stringify(value)}`);
        return;
      case 'number':
        if (typeof value !== 'number') this.problem(at, `expected a number, got ${typeof value}`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.problem(at, `expected a boolean, got ${typeof value}`);
        return;
      case 'array':
        if (!Array.isArray(value)) return this.problem(at, `expected an array, got ${typeof value}`);
        value.forEach((item, i) => schema.items && this.check(schema.items, item, `${at}[${i}]`));
        return;
      default:
        if (schema.type === 'object' && !isObject(value)) this.problem(at, `expected an object, got ${typeof value}`);
    }
  }

  /** Properties, required names and the additionalProperties rule of a schema with its allOf parents. */
  private flatten(schema: Schema): {
    properties: Record<string, Schema>;
    required: string[];
    additional: boolean | Schema | undefined;
  } {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const parent of schema.allOf ?? []) {
      const flat = this.flatten(this.resolve(parent));
      Object.assign(properties, flat.properties);
      required.push(...flat.required);
    }
    Object.assign(properties, schema.properties ?? {});
    required.push(...(schema.required ?? []));
    return { properties, required, additional: schema.additionalProperties };
  }

  private discriminatorOf(schema: Schema): string | undefined {
    return schema.discriminator ?? schema.allOf?.map((p) => this.discriminatorOf(this.resolve(p))).find(Boolean);
  }

  private inherits(schema: Schema, base: string): boolean {
    return (schema.allOf ?? []).some(
      (p) => (p.$ref && defName(p.$ref) === base) || this.inherits(this.resolve(p), base),
    );
  }

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const target = this.doc.definitions[defName(schema.$ref)];
    if (!target) throw new Error(`swagger fixture: no definition ${schema.$ref}`);
    return this.resolve(target);
  }

  private problem(at: string, message: string): void {
    this.problems.push(`${at || '(body)'}: ${message}`);
  }
}

const defName = (ref: string) => ref.replace('#/definitions/', '');
const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
/** An object schema; a string enum with `additionalProperties: false` (as some compute enums have) is a scalar. */
const isComposite = (s: Schema) =>
  (s.type === undefined || s.type === 'object') &&
  Boolean(s.properties || s.allOf || s.discriminator || s['x-opaque'] || s.additionalProperties !== undefined);
