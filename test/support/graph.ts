import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { QueryRunner } from '../../src/graph/runner.js';
import { applyGraphSchema } from '../../src/graph/schema-setup.js';

// One driver per test file, to the Neo4j the global setup started.
let driver: Driver | undefined;

export function testDriver(): Driver {
  driver ??= createDriver(inject('neo4j'));
  return driver;
}

export function testRunner(): QueryRunner {
  return new QueryRunner(testDriver(), 'neo4j');
}

export async function emptyGraph(): Promise<void> {
  await testRunner().autoCommit('admin/delete-all-relationships');
  await testRunner().autoCommit('admin/delete-all');
  await applyGraphSchema(testDriver(), 'neo4j');
}

export async function graphCounts(): Promise<{
  labels: Record<string, number>;
  relationships: number;
}> {
  const [row] = await testRunner().read('admin/counts');
  const labels = Object.fromEntries(
    ((row?.labels ?? []) as { label: string; count: number }[]).map((entry) => [
      entry.label,
      entry.count,
    ]),
  );
  return { labels, relationships: Number(row?.relationships ?? 0) };
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
