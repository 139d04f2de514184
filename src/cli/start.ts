import { QueryRunner } from '../graph/runner.js';
import { graphIsEmpty, seedGraph } from '../ingest/seed.js';
import { NoNeo4jProviderError } from '../local-neo4j/index.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { startGraphServer } from '../server/graph-server.js';
import { openGraph } from './open-graph.js';

// npm start: Neo4j (NEO4J_URI, or a local one started here) → schema → seed if the graph is empty
// → GraphQL server. SIGINT/SIGTERM stop the server and close the driver; a local Neo4j keeps
// running for the next start (`npm run neo4j -- stop` stops it).

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const graph = await openGraph(config, log);
  log(`Neo4j: ${graph.uri} (${graph.source})`);

  const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE);
  if (config.SEED_ON_START && (await graphIsEmpty(runner))) {
    log('The graph is empty: loading the seed data …');
    const summary = await seedGraph(runner, log);
    log(`Seeded: ${summary}`);
  }

  const server = await startGraphServer(graph.driver, config);
  console.log(`GraphQL server ready at ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down …`);
    await server.close();
    await graph.driver.close();
    if (graph.source !== 'NEO4J_URI') log('The local Neo4j keeps running; `npm run neo4j -- stop` stops it.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof NoNeo4jProviderError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
