import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, withoutCommentLines } from '../../../src/graph/cypher.js';
import { projectRoot } from '../../../src/project-root.js';

describe('statements as sent', () => {
  it('leave out comment lines and blank lines, and nothing else', () => {
    const source = "// Batch: why.\n\nUNWIND $ids AS id\n  // the article\nMATCH (a:Article {id: id, url: 'http://x'}) // kept\nRETURN a\n";
    expect(withoutCommentLines(source)).toBe("UNWIND $ids AS id\nMATCH (a:Article {id: id, url: 'http://x'}) // kept\nRETURN a");
  });

  it('come from cypher/ alone unless bench or test code opened its own folder', () => {
    expect(() => cypher('test/cypher/count-nodes')).toThrow(/ENOENT/);
    expect(() => cypher('../package')).toThrow(/Not a statement name/);
    expect(() => cypher('admin/../../package')).toThrow(/Not a statement name/);
    expect(cypher('admin/is-empty')).toMatch(/RETURN/);
  });

  it('keep every parameter and clause of every file in cypher/', () => {
    const root = join(projectRoot, 'cypher');
    const words = (text: string) => text.match(/\$\w+|\b[A-Z]{2,}\b/g) ?? [];
    for (const folder of readdirSync(root)) {
      for (const file of readdirSync(join(root, folder)).filter((name) => name.endsWith('.cypher'))) {
        const source = readFileSync(join(root, folder, file), 'utf8');
        const codeLines = source.split('\n').filter((line) => !line.trimStart().startsWith('//'));
        const sent = cypher(`${folder}/${file.slice(0, -'.cypher'.length)}`);
        expect(sent, file).not.toMatch(/^\s*\/\//m);
        expect(words(sent), file).toEqual(words(codeLines.join('\n')));
      }
    }
  });
});
