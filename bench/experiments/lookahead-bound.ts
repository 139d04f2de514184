import { isDeepStrictEqual, parseArgs } from 'node:util';
import { join } from 'node:path';
import { openGraph } from '../../src/cli/open-graph.js';
import { allowStatementsUnder } from '../../src/graph/cypher.js';
import { QueryRunner } from '../../src/graph/runner.js';
import { projectRoot } from '../../src/project-root.js';
import { loadConfig } from '../../src/config.js';
import { type BenchServer, post, startBenchServer, startContender } from '../contenders/start.js';
import { type BenchParameters, OPERATIONS } from '../operations/index.js';

allowStatementsUnder('bench');

// npm run bench:lookahead-bound [-- --requests 300]
// How close to the hand-written floor a GraphQL server can get at all on the two operations the
// benchmark finds furthest from it, on the graph that is loaded. Three servers, each its own
// process: the floor (one statement, no GraphQL), a look-ahead server at its leanest
// (lookahead-bound-server.ts: Yoga, graphql-js, the floor's statement for the whole document)
// and this server. Answers are checked equal first. p50 latency is taken two ways: requests
// interleaved across the servers, as `npm run bench` does, and each server's requests back to
// back, which keeps it hot. Prints a Markdown table; bench/FINDINGS.md quotes it.

const { values } = parseArgs({ options: { requests: { type: 'string', default: '300' } } });
const requests = Number(values.requests);
const WARM_UP = 30;

type Shape = (data: unknown) => unknown[];
interface Named {
  name: string;
}
const boundRequests: Record<string, { body: (p: BenchParameters) => object; toFloorRows: Shape }> =
  {
    latestArticles: {
      body: () => ({ query: '{ latestArticles { title entities { name } } }' }),
      toFloorRows: (data) =>
        (data as { latestArticles: { title: string; entities: Named[] }[] }).latestArticles.map(
          (article) => ({
            title: article.title,
            entities: article.entities.map((entity) => entity.name),
          }),
        ),
    },
    countryMeetings: {
      body: (p) => ({
        query:
          'query ($id: ID!) { countryMeetings(countryId: $id) { date participants { name } reportedBy { title } } }',
        variables: { id: p.countryId },
      }),
      toFloorRows: (data) =>
        (
          data as {
            countryMeetings: {
              date: string;
              participants: Named[];
              reportedBy: { title: string }[];
            }[];
          }
        ).countryMeetings.map((meeting) => ({
          date: meeting.date,
          participants: meeting.participants.map((entity) => entity.name),
          reportedBy: meeting.reportedBy.map((article) => article.title),
        })),
    },
  };

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[samples.length >> 1] ?? Number.NaN;

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.error(line));
  const [picked] = await new QueryRunner(graph.driver, config.NEO4J_DATABASE).read(
    'bench/cypher/parameters',
  );
  await graph.driver.close();
  if (!picked?.countryId)
    throw new Error('The graph has no meetings: run `npm run generate` first.');
  const parameters: BenchParameters = {
    personId: String(picked.personId),
    otherPersonId: String(picked.otherPersonId),
    countryId: String(picked.countryId),
    searchText: '',
  };

  const boundScript = join(projectRoot, 'bench', 'experiments', 'lookahead-bound-server.ts');
  const servers: BenchServer[] = [];
  try {
    servers.push(await startContender('cypher-floor', graph.uri));
    servers.push(await startBenchServer('lookahead-bound', boundScript, [], graph.uri));
    servers.push(await startContender('this-server', graph.uri));
    const [floor, bound, self] = servers as [BenchServer, BenchServer, BenchServer];

    console.log(
      '| operation | requests | floor p50 ms | look-ahead bound p50 ms | this server p50 ms |',
    );
    console.log('|---|---|---:|---:|---:|');
    for (const [name, boundRequest] of Object.entries(boundRequests)) {
      const operation = OPERATIONS.find((candidate) => candidate.name === name);
      if (!operation) throw new Error(`no operation ${name}`);
      const bodies = new Map([
        [floor, JSON.stringify(operation.floor(parameters))],
        [bound, JSON.stringify(boundRequest.body(parameters))],
        [self, JSON.stringify(operation.graphql(parameters))],
      ]);
      // The same answer from all three before timing.
      const expected = operation.answer(
        'cypher-floor',
        (await post(floor, bodies.get(floor) as string)).data,
      );
      const fromBound = operation.answer(
        'cypher-floor',
        boundRequest.toFloorRows((await post(bound, bodies.get(bound) as string)).data),
      );
      const fromSelf = operation.answer(
        'this-server',
        (await post(self, bodies.get(self) as string)).data,
      );
      if (!isDeepStrictEqual(fromBound, expected) || !isDeepStrictEqual(fromSelf, expected))
        throw new Error(`${name}: the three servers do not give the same answer`);

      const interleaved = new Map(servers.map((server) => [server, [] as number[]]));
      for (let round = -WARM_UP; round < requests; round++)
        for (let turn = 0; turn < servers.length; turn++) {
          const server = servers[(turn + Math.max(0, round)) % servers.length] as BenchServer;
          const { ms } = await post(server, bodies.get(server) as string);
          if (round >= 0) interleaved.get(server)?.push(ms);
        }
      const hot = new Map(servers.map((server) => [server, [] as number[]]));
      for (const server of servers)
        for (let round = -WARM_UP; round < requests; round++) {
          const { ms } = await post(server, bodies.get(server) as string);
          if (round >= 0) hot.get(server)?.push(ms);
        }
      for (const [mode, samples] of [
        ['interleaved', interleaved],
        ['back to back', hot],
      ] as const) {
        const floorP50 = median(samples.get(floor) ?? []);
        const cell = (server: BenchServer) => {
          const p50 = median(samples.get(server) ?? []);
          return `${p50.toFixed(2)} (${(p50 / floorP50).toFixed(2)}×)`;
        };
        console.log(
          `| ${name} | ${mode} | ${floorP50.toFixed(2)} | ${cell(bound)} | ${cell(self)} |`,
        );
      }
    }
  } finally {
    for (const server of servers) server.process.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
