import { openGraph } from '../src/cli/open-graph.js';
import { loadConfig } from '../src/config.js';
import { QueryRunner } from '../src/graph/runner.js';
import type { BenchParameters } from './operations/index.js';

// What the benchmarks ask the loaded graph about, picked from it (bench/cypher/parameters.cypher).

/** The graph's label counts and the people and country the operations ask about. */
export async function pickParameters(): Promise<{
  labels: Record<string, number>;
  parameters: BenchParameters;
  uri: string;
}> {
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.error(line));
  const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE, 600_000);
  try {
    const [counts] = await runner.read('admin/counts');
    const labels = Object.fromEntries(
      ((counts?.labels ?? []) as { label: string; count: number }[]).map((entry) => [
        entry.label,
        entry.count,
      ]),
    );
    const [picked] = await runner.read('bench/cypher/parameters');
    if (!picked?.personId || !picked.countryId)
      throw new Error(
        'The graph has no people or meetings to benchmark: run `npm run generate` first.',
      );
    const parameters: BenchParameters = {
      personId: String(picked.personId),
      otherPersonId: String(picked.otherPersonId),
      countryId: String(picked.countryId),
      searchText: 'Sanktionen Gespräche',
    };
    return { labels, parameters, uri: graph.uri };
  } finally {
    await graph.driver.close();
  }
}
