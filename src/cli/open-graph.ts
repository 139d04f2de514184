import type { Driver } from 'neo4j-driver';
import { createDriver, driverPatchesOf } from '../graph/driver.js';
import { applyGraphSchema } from '../graph/schema-setup.js';
import { localNeo4jProvider } from '../local-neo4j/index.js';
import type { Config } from '../config.js';

export interface OpenGraph {
  driver: Driver;
  uri: string;
  /** Where the database came from: the configured NEO4J_URI, or a local provider we started. */
  source: 'NEO4J_URI' | 'docker' | 'jar';
}

/** A driver for NEO4J_URI, or for the local Neo4j started here when it is unset; not yet verified. */
export async function connectGraph(
  config: Config,
  log: (line: string) => void,
): Promise<OpenGraph> {
  let connection = config.NEO4J_URI
    ? { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD }
    : null;
  let source: OpenGraph['source'] = 'NEO4J_URI';
  if (!connection) {
    const provider = await localNeo4jProvider({
      preference: config.NEO4J_PROVIDER,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCache: config.NEO4J_LOCAL_PAGECACHE,
      localDir: config.NEO4J_LOCAL_DIR,
      log,
    });
    connection = await provider.start();
    source = provider.kind;
  }
  const driver = createDriver({
    ...connection,
    retryMs: config.DB_RETRY_MS,
    patches: driverPatchesOf(config),
  });
  return { driver, uri: connection.uri, source };
}

/** Connects (see connectGraph), checks that Neo4j answers and applies the schema; for the CLIs. */
export async function openGraph(config: Config, log: (line: string) => void): Promise<OpenGraph> {
  const graph = await connectGraph(config, log);
  const { driver } = graph;
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    await applyGraphSchema(driver, config.NEO4J_DATABASE);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return graph;
}
