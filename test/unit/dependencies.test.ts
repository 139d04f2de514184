import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findUndeclaredImports,
  type Manifest,
  packageOf,
} from '../../scripts/check-dependencies.js';
import { projectRoot } from '../../src/project-root.js';

const root = mkdtempSync(join(tmpdir(), 'check-dependencies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const manifest: Manifest = {
  dependencies: { graphql: '16.0.0', '@pothos/core': '4.0.0' },
  devDependencies: { vitest: '4.0.0', '@types/geojson': '1.0.0' },
};
const q = "'";
const folders = [
  { path: 'src', runtime: true },
  { path: 'test', runtime: false },
];

describe('check-dependencies', () => {
  it('names the package of a specifier, and none for paths and Node modules', () => {
    expect(packageOf('@pothos/core/dist/index.js')).toBe('@pothos/core');
    expect(packageOf('neo4j-driver-bolt-connection/lib/channel/chunking.js')).toBe(
      'neo4j-driver-bolt-connection',
    );
    expect(packageOf('./local.js')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('fs')).toBeNull();
  });

  it('finds undeclared packages however they are imported, and dev packages in production code', () => {
    // Quotes as ${q}, so that the check, which reads this file too, does not take these for imports.
    write(
      'src/server.ts',
      [
        `import { parse } from ${q}graphql${q};`,
        `import SchemaBuilder from ${q}@pothos/core${q};`,
        `import { createRequire } from ${q}node:module${q};`,
        `import type { Feature } from ${q}geojson${q};`,
        `import { describe } from ${q}vitest${q};`,
        `export * from ${q}left-pad${q};`,
        'const requireFromHere = createRequire(import.meta.url);',
        `const chunking = requireFromHere(${q}neo4j-driver-bolt-connection/lib/channel/chunking.js${q});`,
        `const later = () => import(${q}lodash/fp${q});`,
        `// import nothing from ${q}commented-out${q};`,
        'export { parse, SchemaBuilder, describe, chunking, later };',
        'export type { Feature };',
      ].join('\n'),
    );
    write(
      'test/a.test.ts',
      `import { it } from ${q}vitest${q};\nimport ${q}side-effect-only${q};\n`,
    );
    const found = findUndeclaredImports(root, manifest, folders).map(
      (entry) => `${entry.file}:${entry.line} ${entry.packageName} (${entry.needs})`,
    );
    expect(found).toEqual([
      'src/server.ts:5 vitest (dependencies)',
      'src/server.ts:6 left-pad (dependencies)',
      'src/server.ts:8 neo4j-driver-bolt-connection (dependencies)',
      'src/server.ts:9 lodash (dependencies)',
      'test/a.test.ts:2 side-effect-only (dependencies or devDependencies)',
    ]);
  });

  it('passes this project: every package its code imports is declared', () => {
    const own = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Manifest;
    expect(findUndeclaredImports(projectRoot, own)).toEqual([]);
  });
});
