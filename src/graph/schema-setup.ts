import type { Driver } from 'neo4j-driver';
import { cypher, cypherFolder } from './cypher.js';
import { renamePositionIds } from './position-ids.js';

/**
 * Brings a graph up to date; safe to run on every start. First cypher/migrations/* (rewrites of
 * data written by older versions, each a no-op once done) and the position ids they cannot
 * recompute, then cypher/schema/* (constraints and indexes, all IF NOT EXISTS).
 */
export async function applyGraphSchema(driver: Driver, database: string): Promise<number> {
  for (const name of cypherFolder('migrations')) {
    // Migrations batch with CALL … IN TRANSACTIONS, which needs an auto-commit transaction.
    const session = driver.session({ database });
    try {
      await session.run(cypher(name));
    } finally {
      await session.close();
    }
  }
  // The one rename Cypher cannot do: position ids are hashes (see position-ids.ts).
  await renamePositionIds(driver, database);
  await replaceNarrowEntityNamesIndex(driver, database);
  const statements = cypherFolder('schema');
  for (const name of statements) {
    // Schema commands cannot share a transaction with each other or with writes: one each.
    await driver.executeQuery(cypher(name), {}, { database });
  }
  await driver.executeQuery(cypher('admin/await-indexes'), {}, { database });
  return statements.length;
}

/** The labels the entity-name index must cover, as cypher/schema/41-fulltext-entity-names creates it. */
export const ENTITY_NAME_LABELS = ['Person', 'Country', 'City', 'Organization', 'Region'];

// `CREATE … IF NOT EXISTS` keeps an index as it was: one made before a label joined it is
// dropped here, once, so the schema step makes it with every label.
async function replaceNarrowEntityNamesIndex(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery(
    cypher('admin/index-labels'),
    { name: 'entity_names' },
    { database },
  );
  const labels = (records[0]?.get('labelsOrTypes') as string[] | undefined) ?? null;
  if (labels === null || ENTITY_NAME_LABELS.every((label) => labels.includes(label))) return;
  await driver.executeQuery(cypher('admin/drop-entity-names-index'), {}, { database });
}
