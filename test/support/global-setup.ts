import type { TestProject } from 'vitest/node';
import { startTestNeo4j } from './test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const log = (line: string) => console.error(`[test-neo4j] ${line}`);
  const started = Date.now();
  const neo4j = await startTestNeo4j(log);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${neo4j.how})`);
  project.provide('neo4j', neo4j.connection);
  return async () => {
    await neo4j.stop();
  };
}
