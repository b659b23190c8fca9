import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers of lib/ import one another in one direction only: the order in which the README's
// "Architecture" lists them, each importing only layers listed before it. A cycle (lib/data and
// lib/jobs each importing the other, say) is an import against that order, so it fails here with
// the file that makes it.

const ROOT = process.cwd();
const LIB = path.join(ROOT, 'lib');

/** The lib/ layers in the order the README's Architecture block lists them. */
function documentedOrder(readme: string): string[] {
  const section = readme.split(/^## Architecture$/m)[1] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return [...block.matchAll(/^lib\/([\w-]+)\/\s/gm)].map((match) => match[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** lib/<layer>/… of a file, or null for files outside a layer (lib/'s own files, other folders). */
function layerOf(file: string): string | null {
  const [top, layer, ...rest] = path.relative(ROOT, file).split(path.sep);
  return top === 'lib' && layer && rest.length > 0 ? layer : null;
}

interface LayerImport {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** Every import (static, type-only, re-export or dynamic) from one layer of lib/ into another. */
function crossLayerImports(): LayerImport[] {
  return sourceFiles(LIB).flatMap((file) => {
    const from = layerOf(file);
    if (!from) return [];
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName: specifier }) => {
      const target = specifier.startsWith('@/')
        ? path.join(ROOT, specifier.slice(2))
        : specifier.startsWith('.')
          ? path.resolve(path.dirname(file), specifier)
          : null;
      const to = target && layerOf(target);
      return to && to !== from ? [{ from, to, file: path.relative(ROOT, file), specifier }] : [];
    });
  });
}

describe('the layers of lib/', () => {
  const order = documentedOrder(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('are all listed in the README, in an order', () => {
    const layers = readdirSync(LIB, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(order.length).toBeGreaterThan(5);
    expect([...order].sort()).toEqual([...layers].sort());
  });

  it('import only layers listed before them, so that none imports another in a circle', () => {
    const against = crossLayerImports()
      .filter(({ from, to }) => order.indexOf(to) >= order.indexOf(from))
      .map(({ from, to, file, specifier }) => `lib/${from} imports lib/${to}: ${file} (${specifier})`);
    expect(against).toEqual([]);
  });

  it('are read from real imports', () => {
    // The check above would pass on an empty list: the job engine does use the data layer.
    expect(crossLayerImports()).toContainEqual(expect.objectContaining({ from: 'jobs', to: 'data' }));
  });
});
