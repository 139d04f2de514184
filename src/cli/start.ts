import type { QueryRunner } from '../graph/runner.js';
import { graphIsEmpty, seedGraph } from '../loading/seed.js';
import { NoNeo4jProviderError } from '../local-neo4j/index.js';
import { NoNerProviderError, openNer, SupervisedLocalNer } from '../ner/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { startGraphServer } from '../server/graph-server.js';
import { createLogger } from '../server/logger.js';
import { connectGraph } from './open-graph.js';

// npm start: Neo4j (NEO4J_URI, or a local one started here) → GraphQL server, at once. The graph
// schema (and the seed, when the graph is empty) is applied in the background as soon as Neo4j
// answers; /ready says when. SIGINT/SIGTERM drain in-flight requests, then close the driver; a
// local Neo4j keeps running for the next start (`npm run neo4j -- stop` stops it).

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const log = (line: string) => console.error(line);
  const graph = await connectGraph(config, log);
  log(`Neo4j: ${graph.uri} (${graph.source})`);
  // The recogniser starts beside the server; pages wait for it, queries never do.
  const { ner } = await openNer(config, log, { start: 'lazy' });
  log(ner ? `NER: ${ner.describe()}` : 'NER=off: ingest runs its rules alone.');
  if (ner instanceof SupervisedLocalNer)
    void ner.ensureRunning().catch((error: unknown) => log(`NER: ${String(error)}`));

  const seedIfEmpty = async (runner: QueryRunner) => {
    if (!config.SEED_ON_START || !(await graphIsEmpty(runner))) return;
    log('The graph is empty: loading the seed data …');
    log(`Seeded: ${await seedGraph(runner, log, ner)}`);
  };
  const server = await startGraphServer(graph.driver, config, {
    afterSchema: seedIfEmpty,
    logger,
    ner,
  });
  console.log(
    `GraphQL server listening at ${server.url} (ready: ${server.url.replace(/\/graphql$/, '/ready')})`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining in-flight requests …`);
    await server.close();
    await graph.driver.close();
    if (graph.source !== 'NEO4J_URI')
      log('The local Neo4j keeps running; `npm run neo4j -- stop` stops it.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof NoNeo4jProviderError ||
    error instanceof NoNerProviderError
  )
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
