import { openGraph } from '../src/cli/open-graph.js';
import { QueryRunner } from '../src/graph/runner.js';
import { seedGraph } from '../src/loading/seed.js';
import { openNer } from '../src/ner/index.js';
import { loadConfig } from '../src/config.js';

// npm run seed: loads the seed data into the configured (or local) Neo4j. Safe to run again.
const config = loadConfig();
const log = (line: string) => console.error(line);
const graph = await openGraph(config, log);
try {
  const { ner } = await openNer(config, log);
  const summary = await seedGraph(new QueryRunner(graph.driver, config.NEO4J_DATABASE), log, ner);
  console.log(
    `Seeded ${graph.uri}: ${summary}; ${ner ? `NER: ${ner.describe()}` : 'NER off: the rules alone'}`,
  );
} finally {
  await graph.driver.close();
}
