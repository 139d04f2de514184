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
  const statements = cypherFolder('schema');
  for (const name of statements) {
    // Schema commands cannot share a transaction with each other or with writes: one each.
    await driver.executeQuery(cypher(name), {}, { database });
  }
  await driver.executeQuery(cypher('admin/await-indexes'), {}, { database });
  return statements.length;
}
