/**
 * Route table: `METHOD /literal/{param}/...` patterns. Literal segments match case-insensitively, as ARM paths do
 * (`resourcegroups` and `resourceGroups` name the same thing); parameters keep their case and are URI-decoded.
 */
import type { Handler } from './http.js';

/** Which token a route requires: ARM audience, ARM or Azure ML data-plane audience, or none (discovery, logs). */
export type RouteAuth = 'arm' | 'data-plane' | 'none';

export interface Route {
  method: string;
  pattern: string;
  auth: RouteAuth;
  handler: Handler;
}

interface CompiledRoute extends Route {
  segments: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(method: string, pattern: string, auth: RouteAuth, handler: Handler): void {
    this.routes.push({ method, pattern, auth, handler, segments: split(pattern) });
  }

  match(method: string, path: string): RouteMatch | undefined {
    const segments = split(path);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params = matchSegments(route.segments, segments);
      if (params) return { route, params };
    }
    return undefined;
  }

  /** True when some route serves `path` with another method (answer 405 rather than 404). */
  servesPath(path: string): boolean {
    const segments = split(path);
    return this.routes.some((r) => r.segments.length === segments.length && matchSegments(r.segments, segments));
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith('{') && p.endsWith('}')) params[p.slice(1, -1)] = decodeURIComponent(actual[i]);
    else if (p.toLowerCase() !== actual[i].toLowerCase()) return undefined;
  }
  return params;
}
