import { readdirSync } from 'node:fs';
import path from 'node:path';

// Every route handler of the app, found by scanning app/ for route.ts files: a route added
// later is fuzzed without a change here. Route groups ("(portal)") are not part of the URL.

export const APP_DIR = path.join(process.cwd(), 'app');
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RouteSegment {
  /** A literal segment, or the name of a dynamic one. */
  text: string;
  dynamic: boolean;
  /** [...name] or [[...name]]: one or more segments. */
  catchAll: boolean;
}

export interface AppRoute {
  /** The folder under app/, e.g. "api/vaults/[vaultName]/jobs". */
  folder: string;
  segments: RouteSegment[];
  file: string;
}

function parseSegment(name: string): RouteSegment | null {
  if (/^\(.*\)$/.test(name)) return null;
  const dynamic = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(name);
  if (!dynamic) return { text: name, dynamic: false, catchAll: false };
  return { text: dynamic[2]!, dynamic: true, catchAll: Boolean(dynamic[1]) };
}

/** Every folder under app/ that holds a file named like `file` (route handlers: "route", pages: "page"). */
function appFiles(file: 'route' | 'page', dir = APP_DIR): AppRoute[] {
  const pattern = new RegExp(`^${file}\\.(ts|tsx|js)$`);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(file, full);
    if (!pattern.test(entry.name)) return [];
    const folder = path.relative(APP_DIR, dir).split(path.sep).join('/');
    const segments = folder.split('/').filter(Boolean).map(parseSegment).filter((segment): segment is RouteSegment => segment !== null);
    return [{ folder, segments, file: full }];
  });
}

/** Every route handler (route.ts) of the app. */
export function appRoutes(): AppRoute[] {
  return appFiles('route');
}

/** Every page (page.tsx) of the app. */
export function appPages(): AppRoute[] {
  return appFiles('page');
}

/** The names of a route's dynamic segments. */
export function paramNames(route: AppRoute): string[] {
  return route.segments.filter((segment) => segment.dynamic).map((segment) => segment.text);
}

/** A segment escaped once; a lone surrogate, which no URL can carry, goes as U+FFFD (as a browser sends it). */
export function escapeSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** The URL path of a route with each dynamic segment replaced by its value, escaped once (values of a catch-all split on "/"). */
export function routePath(route: AppRoute, values: Record<string, string>, escape: (value: string) => string = escapeSegment): string {
  return `/${route.segments
    .map((segment) => {
      if (!segment.dynamic) return segment.text;
      const value = values[segment.text] ?? '';
      return segment.catchAll ? value.split('/').map(escape).join('/') : escape(value);
    })
    .join('/')}`;
}

/** The params object Next.js hands a handler: catch-all segments as arrays. */
export function routeParams(route: AppRoute, values: Record<string, string>): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const segment of route.segments) {
    if (!segment.dynamic) continue;
    const value = values[segment.text] ?? '';
    params[segment.text] = segment.catchAll ? value.split('/') : value;
  }
  return params;
}
