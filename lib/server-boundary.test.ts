import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A module of lib/data or lib/jobs that reaches the database (the Prisma client, lib/data/db) or
// imports such a module at run time marks itself with `import 'server-only'`: the build then
// fails wherever a client component would pull it into the browser. Pure helpers (rules,
// constants, protocol encoders) stay unmarked. New modules are held to the same rule here.

const ROOT = process.cwd();
const DATABASE = [path.join(ROOT, 'lib/data/db.ts'), path.join(ROOT, 'lib/data/generated/prisma/client.ts')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

interface Module {
  file: string;
  marked: boolean;
  /** Modules of the project it imports for their values (type-only imports leave no code). */
  runtimeImports: string[];
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  return base && (base.endsWith('.ts') ? base : `${base}.ts`);
}

function readModule(file: string): Module {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  let marked = false;
  const runtimeImports: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      if (specifier === 'server-only') marked = true;
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      const target = resolve(file, specifier);
      if (target && !typeOnly) runtimeImports.push(target);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      const target = resolve(file, statement.moduleSpecifier.text);
      if (target) runtimeImports.push(target);
    }
  }
  return { file, marked, runtimeImports };
}

describe('the server boundary', () => {
  const modules = ['lib/data', 'lib/jobs'].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map(readModule);
  const byFile = new Map(modules.map((module) => [module.file, module]));

  it('marks every module that reaches the database, directly or through another, as server-only', () => {
    const unmarked = modules
      .filter((module) => !module.marked && module.file !== DATABASE[0])
      .filter((module) => module.runtimeImports.some((target) => DATABASE.includes(target) || byFile.get(target)?.marked))
      .map((module) => path.relative(ROOT, module.file));
    expect(unmarked).toEqual([]);
  });

  it('marks the database client itself, and is read from real imports', () => {
    expect(byFile.get(DATABASE[0]!)?.marked).toBe(true);
    // The check above would pass on modules read wrongly: the job runner does import the database.
    expect(byFile.get(path.join(ROOT, 'lib/jobs/runner.ts'))?.runtimeImports).toContain(path.join(ROOT, 'lib/data/maintenance.ts'));
  });
});
