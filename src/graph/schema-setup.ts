import type { Driver } from 'neo4j-driver';
import { cypher, cypherFolder } from './cypher.js';

/** Applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS): safe to run every start. */
export async function applyGraphSchema(driver: Driver, database: string): Promise<number> {
  const statements = cypherFolder('schema');
  for (const name of statements) {
    // Schema commands cannot share a transaction with each other or with writes: one each.
    await driver.executeQuery(cypher(name), {}, { database });
  }
  await driver.executeQuery(cypher('admin/await-indexes'), {}, { database });
  return statements.length;
}
