import { describe, expect, it } from 'vitest';
import { cypherFolder } from '../../src/graph/cypher.js';
import { applyGraphSchema } from '../../src/graph/schema-setup.js';
import { testDriver, testRunner } from '../support/graph.js';

async function schemaObjects(): Promise<string[]> {
  const rows = await testRunner().read('admin/schema-objects');
  return rows.map((row) => String(row.name));
}

describe('graph schema', () => {
  it('applies every statement in cypher/schema, twice without change', async () => {
    const first = await applyGraphSchema(testDriver(), 'neo4j');
    const afterFirst = await schemaObjects();
    const second = await applyGraphSchema(testDriver(), 'neo4j');
    const afterSecond = await schemaObjects();
    expect(first).toBe(cypherFolder('schema').length);
    expect(second).toBe(first);
    expect(afterSecond).toEqual(afterFirst);
    for (const name of ['article_id_unique', 'entity_id_unique', 'article_text', 'entity_names', 'article_published_at']) {
      expect(afterFirst).toContain(name);
    }
  });

  it('enforces unique ids', async () => {
    const runner = testRunner();
    await runner.write('ingest/upsert-outlet', { outlet: { id: 'outlet:test', name: 'Test' } });
    await expect(runner.write('test-support/create-outlet', { id: 'outlet:test', name: 'Again' })).rejects.toThrow(
      /already exists/,
    );
  });

  it('creates the German full-text index over articles', async () => {
    const rows = await testRunner().read('admin/schema-objects');
    expect(rows).toContainEqual({ name: 'article_text', type: 'FULLTEXT' });
  });
});
