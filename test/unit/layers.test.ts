import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBackArrows } from '../../scripts/check-layers.js';

describe('layering of src/', () => {
  it('has no import against the data path', () => {
    expect(findBackArrows(join(import.meta.dirname, '..', '..', 'src'))).toEqual([]);
  });

  const fixture = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('reports a room that imports a later one, and lets earlier ones be imported', () => {
    for (const room of ['ingest', 'graph', 'schema', 'server']) mkdirSync(join(fixture, room));
    writeFileSync(
      join(fixture, 'graph', 'runner.ts'),
      "import type { X } from '../ingest/x.js';\n",
    );
    writeFileSync(
      join(fixture, 'ingest', 'x.ts'),
      "export type X = 1;\nimport {\n  run,\n} from '../graph/runner.js';\n",
    );
    writeFileSync(join(fixture, 'schema', 's.ts'), "const m = await import('../server/app.js');\n");
    expect(findBackArrows(fixture)).toEqual([
      {
        file: join('ingest', 'x.ts'),
        line: 2,
        from: 'ingest',
        to: 'graph',
        specifier: '../graph/runner.js',
      },
      {
        file: join('schema', 's.ts'),
        line: 1,
        from: 'schema',
        to: 'server',
        specifier: '../server/app.js',
      },
    ]);
  });
});
