import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cypher,
  cypherFor,
  expandFragments,
  guardedExpressions,
  withoutCommentLines,
} from '../../../src/graph/cypher.js';
import { LIGHT_ARTICLE, LIGHT_ENTITY } from '../../../src/graph/parts.js';
import { projectRoot } from '../../../src/project-root.js';

const root = join(projectRoot, 'cypher');
// Folders of statements (cypher/README.md beside them describes the fragment language).
const statementFiles = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'fragments')
  .map((entry) => entry.name)
  .flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.cypher'))
      .map((file) => ({ folder, file, name: `${folder}/${file.slice(0, -'.cypher'.length)}` })),
  );

describe('statements as sent', () => {
  it('leave out comment lines and blank lines, and nothing else', () => {
    const source =
      "// Batch: why.\n\nUNWIND $ids AS id\n  // the article\nMATCH (a:Article {id: id, url: 'http://x'}) // kept\nRETURN a\n";
    expect(withoutCommentLines(source)).toBe(
      "UNWIND $ids AS id\nMATCH (a:Article {id: id, url: 'http://x'}) // kept\nRETURN a",
    );
  });

  it('come from cypher/ alone unless bench or test code opened its own folder', () => {
    expect(() => cypher('test/cypher/count-nodes')).toThrow(/ENOENT/);
    expect(() => cypher('../package')).toThrow(/Not a statement name/);
    expect(() => cypher('admin/../../package')).toThrow(/Not a statement name/);
    expect(cypher('admin/is-empty')).toMatch(/RETURN/);
  });

  it('keep every parameter and clause of every file in cypher/, with every fragment spliced in', () => {
    const words = (text: string) => text.match(/\$\w+|\b[A-Z]{2,}\b/g) ?? [];
    for (const { folder, file, name } of statementFiles) {
      const source = readFileSync(join(root, folder, file), 'utf8');
      const codeLines = source.split('\n').filter((line) => !line.trimStart().startsWith('//'));
      const sent = cypher(name);
      expect(sent, file).not.toMatch(/^\s*\/\//m);
      expect(sent, file).not.toMatch(/@[a-z][a-z-]*\(|\bparts_/);
      const outsideFragments = codeLines.join('\n').replace(/@[a-z][a-z-]*\([^()]*\)/g, ' ');
      for (const word of words(outsideFragments))
        expect(words(sent), `${file}: ${word}`).toContain(word);
    }
  });

  it("project records only through fragments: no read statement spells out a record's fields", () => {
    // The hand-written floors (bench/), the writes and the schema statements project no API records;
    // quotes and positions are records of their own, each read by one statement of its folder.
    const reads = statementFiles.filter(
      ({ folder }) =>
        ![
          'bench',
          'ingest',
          'catalog',
          'test-support',
          'migrations',
          'schema',
          'admin',
          'quote',
          'position',
        ].includes(folder),
    );
    for (const { folder, file } of reads) {
      const code = withoutCommentLines(readFileSync(join(root, folder, file), 'utf8'));
      expect(code, file).not.toMatch(
        /CASE WHEN \$with(?!Total)|\.nameDe|\.lead\b|\.language\b|\.evidence\b|\.title\b|IN \['Person', 'Country'/,
      );
    }
  });

  it('use every fragment in cypher/fragments/', () => {
    const sources = statementFiles.map(({ folder, file }) =>
      readFileSync(join(root, folder, file), 'utf8'),
    );
    const fragments = readdirSync(join(root, 'fragments')).map((file) =>
      file.slice(0, -'.cypher'.length),
    );
    const fragmentSources = fragments.map((name) =>
      readFileSync(join(root, 'fragments', `${name}.cypher`), 'utf8'),
    );
    for (const name of fragments) {
      const used = [...sources, ...fragmentSources].some(
        (text) => text.includes(`@${name}(`) || text.includes(`, ${name})`),
      );
      expect(used, name).toBe(true);
    }
  });
});

describe('fragments', () => {
  const fragments: Record<string, string> = {
    kind: '[node_label IN labels(node_) WHERE node_label = parts_.label][0]',
    record: 'node_ { .id, kind: @kind(node_, parts_.kind) }',
    list: 'COLLECT { MATCH (node_)-[:R]->(node_other) RETURN @row_(node_other, parts_.row) }',
  };
  const read = (name: string) => {
    const text = fragments[name];
    if (text === undefined) throw new Error(`no fragment ${name}`);
    return text;
  };

  it('splice in by name, their node, parts and row fragment substituted, their own variables renamed after the node', () => {
    expect(expandFragments('RETURN @record(a, $entity) AS entity', read)).toBe(
      'RETURN a { .id, kind: [a_label IN labels(a) WHERE a_label = $entity.kind.label][0] } AS entity',
    );
    expect(expandFragments('RETURN @list(a, $relation, record)', read)).toBe(
      'RETURN COLLECT { MATCH (a)-[:R]->(a_other) RETURN a_other { .id, kind: [a_other_label IN labels(a_other) WHERE a_other_label = $relation.row.kind.label][0] } }',
    );
  });

  it('refuse a cycle', () => {
    expect(() => expandFragments('@loop(a, $p)', () => '@loop(node_, parts_)')).toThrow(/cycle/);
  });
});

describe('statements specialised to what a read asks for', () => {
  it('find guarded parts, nested ones inside their guard, and leave a CASE with an ELSE alone', () => {
    const text =
      "RETURN CASE WHEN $p.a IS NOT NULL THEN {x: CASE WHEN $p.a.b THEN 'END' END} END AS a, CASE WHEN $q THEN 1 ELSE 2 END AS q";
    const guards = guardedExpressions(text);
    expect(guards.map((guard) => guard.path)).toEqual([['p', 'a']]);
    expect(guards[0]?.inner.map((guard) => guard.path)).toEqual([['p', 'a', 'b']]);
    // Not a map entry: a guard left out becomes null.
    expect(cypherFor('article/page-desc', { page: { total: false } })).toMatch(
      /WITH textHits, null AS total\n/,
    );
    expect(text.slice(guards[0]?.start, guards[0]?.end)).toMatch(
      /^CASE WHEN \$p\.a .*'END' END} END$/,
    );
  });

  it('leave out a part the parameters leave out (a map entry with its key), and keep what they ask for', () => {
    const light = cypherFor('entity/by-ids', { ids: [], entity: LIGHT_ENTITY });
    expect(light).not.toMatch(/details|articles|meetings/);
    expect(light).toMatch(/\.id, \.name,\s+kind: /);
    expect(light).not.toMatch(/MENTIONS|PARTICIPATED_IN/);
    const withArticles = cypherFor('entity/by-ids', {
      ids: [],
      entity: {
        ...LIGHT_ENTITY,
        articles: {
          limit: 3,
          cursorAt: null,
          cursorId: null,
          from: null,
          to: null,
          total: false,
          article: { ...LIGHT_ARTICLE, entities: { labels: null, entity: LIGHT_ENTITY } },
        },
      },
    });
    expect(withArticles).toMatch(/CASE WHEN \$entity\.articles IS NOT NULL THEN/);
    expect(withArticles).toMatch(/\(e_article\)-\[e_article_mention:MENTIONS\]/);
    expect(withArticles).not.toMatch(/total|meetings|publishedAtKey/);
    expect(withArticles.length).toBeLessThan(cypher('entity/by-ids').length);
    // An absent parameter reads as null, so what it guards is left out too.
    expect(cypherFor('entity/by-ids', { ids: [] })).toBe(light);
  });
});
