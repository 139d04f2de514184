import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from './types.js';

/** Resolves once a driver can talk to the server; retries until the deadline. */
export async function waitForBolt(connection: Neo4jConnection, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        connectionTimeout: 2_000,
        logging: { level: 'error', logger: () => {} },
      },
    );
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await driver.close();
    }
  }
  throw new Error(
    `Neo4j at ${connection.uri} did not answer within ${timeoutMs / 1000}s: ${String(lastError)}`,
  );
}

/** One quick connectivity probe. */
export async function boltAnswers(connection: Neo4jConnection): Promise<boolean> {
  try {
    await waitForBolt(connection, 1_500);
    return true;
  } catch {
    return false;
  }
}
