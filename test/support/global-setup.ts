import type { TestProject } from 'vitest/node';
import { buildDashboard } from '../../scripts/build-dashboard.js';
import { startTestNeo4j } from './test-neo4j.js';
import { startTestNer } from './test-ner.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
    ner: { url: string };
  }
}

export default async function setup(project: TestProject) {
  const log = (line: string) => console.error(`[test-neo4j] ${line}`);
  const nerLog = (line: string) => console.error(`[test-ner] ${line}`);
  const started = Date.now();
  // The servers under test serve the built dashboard (the browser tests open it): built here
  // when web/dist/ is missing or older than web/, as `npm start` does, beside the two JVMs.
  const dashboard = buildDashboard({ ifStale: true }).then((result) => {
    if (result.built) console.error(`[dashboard] built web/dist/ in ${result.ms} ms`);
  });
  // Both at once: each JVM takes seconds to come up, and they do not depend on each other.
  const [neo4jResult, nerResult, dashboardResult] = await Promise.allSettled([
    startTestNeo4j(log).then((neo4j) => {
      log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${neo4j.how})`);
      return neo4j;
    }),
    startTestNer(nerLog).then((ner) => {
      nerLog(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${ner.how})`);
      return ner;
    }),
    dashboard,
  ]);
  if (
    neo4jResult.status === 'rejected' ||
    nerResult.status === 'rejected' ||
    dashboardResult.status === 'rejected'
  ) {
    if (neo4jResult.status === 'fulfilled') await neo4jResult.value.stop();
    if (nerResult.status === 'fulfilled') await nerResult.value.stop();
    const reasons = [neo4jResult, nerResult, dashboardResult].flatMap((result) =>
      result.status === 'rejected' ? [result.reason] : [],
    );
    throw reasons.length === 1
      ? reasons[0]
      : new AggregateError(reasons, reasons.map((reason) => String(reason)).join('\n'));
  }
  const neo4j = neo4jResult.value;
  const ner = nerResult.value;
  project.provide('neo4j', neo4j.connection);
  project.provide('ner', { url: ner.url });
  return async () => {
    await Promise.all([neo4j.stop(), ner.stop()]);
  };
}
