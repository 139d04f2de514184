import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openGraph } from '../src/cli/open-graph.js';
import { allowStatementsUnder } from '../src/graph/cypher.js';
import { QueryRunner } from '../src/graph/runner.js';
import { projectRoot } from '../src/project-root.js';
import { loadConfig } from '../src/config.js';
import {
  type BenchParameters,
  CONTENDERS,
  type Contender,
  OPERATIONS,
  type Operation,
} from './operations.js';
import { type Running, startContender } from './contenders/start.js';

allowStatementsUnder('bench');

// npm run bench [-- --label 10k --rounds 30 --seconds 5 --windows 3 --connections 10]
// On the graph that is loaded (npm run generate), the same operations against four contenders at
// once (see contenders/serve.ts): answers checked equal first, then latency (requests one at a
// time, contenders interleaved), Cypher statements per request, throughput (autocannon, loopback,
// fixed concurrency) and each server's peak memory. Writes bench/results/<label>.{md,json} and
// rebuilds bench/REPORT.md from all results and bench/FINDINGS.md.
// npm run bench -- --report-only: only rebuilds bench/REPORT.md (after editing FINDINGS.md).

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'latest' },
    rounds: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '5' },
    windows: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const windows = Number(values.windows);
/** Throughput windows of slow operations last this many sequential medians per connection / 2 cores. */
const SLOW_WAVES = 6;
const connections = Number(values.connections);
const operations = values.only
  ? OPERATIONS.filter((operation) => values.only?.split(',').includes(operation.name))
  : OPERATIONS;

function requestBody(
  operation: Operation,
  contender: Contender,
  parameters: BenchParameters,
): string {
  if (contender === 'cypher-floor') return JSON.stringify(operation.floor(parameters));
  return JSON.stringify(
    contender === 'neo4j-graphql'
      ? operation.neo4jGraphql(parameters)
      : operation.graphql(parameters),
  );
}

const SAMPLE_BUDGET_MS = 20_000;
const SLOW_MS = 15_000;
const HEADERS = { 'content-type': 'application/json', 'x-debug-cypher': '1' };

async function call(
  running: Running,
  body: string,
): Promise<{ ms: number; data: unknown; statements: number }> {
  const started = performance.now();
  const response = await fetch(running.url, { method: 'POST', headers: HEADERS, body });
  const result = (await response.json()) as {
    data?: unknown;
    errors?: unknown[];
    extensions?: { cypher?: { statements?: number } };
  };
  const ms = performance.now() - started;
  if (!response.ok || result.errors)
    throw new Error(
      `${running.contender}: ${response.status} ${JSON.stringify(result.errors ?? result)}`,
    );
  return { ms, data: result.data, statements: result.extensions?.cypher?.statements ?? Number.NaN };
}

function percentile(samples: number[], p: number): number {
  const ordered = [...samples].sort((a, b) => a - b);
  return (
    ordered[Math.min(ordered.length - 1, Math.floor((p / 100) * ordered.length))] ?? Number.NaN
  );
}

interface Measured {
  p50: number;
  p95: number;
  statements: number;
  /** The median of the throughput windows. */
  requestsPerSecond: number;
  /** Every window's rate, in the order they ran. */
  requestsPerSecondWindows: number[];
  throughputErrors: number;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.error(line));
  const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE, 600_000);
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
  await graph.driver.close();
  console.error(`Graph: ${JSON.stringify(labels)}; parameters ${JSON.stringify(parameters)}`);

  const running: Running[] = [];
  try {
    for (const contender of CONTENDERS) running.push(await startContender(contender, graph.uri));

    const samples = new Map<string, number[]>();
    const statements = new Map<string, number>();
    const tooSlow = new Map<string, string>();
    // 1. Same answers from all four (a contender over the timeout is left out), before timing.
    for (const operation of operations) {
      const answers = new Map<Contender, unknown>();
      for (const server of running) {
        const key = `${operation.name}/${server.contender}`;
        try {
          const {
            data,
            ms,
            statements: count,
          } = await call(server, requestBody(operation, server.contender, parameters));
          answers.set(server.contender, operation.answer(server.contender, data));
          if (ms > SLOW_MS) {
            // Too slow to sample repeatedly or load: reported with this one measurement.
            tooSlow.set(key, `${(ms / 1000).toFixed(1)} s once`);
            samples.set(key, [ms]);
            statements.set(key, count);
          }
        } catch (error) {
          if (!/TIMEOUT|timed out|terminated/i.test(String(error))) throw error;
          tooSlow.set(key, 'over the 60 s transaction timeout');
        }
      }
      const floor = answers.get('cypher-floor');
      for (const [contender, answer] of answers) {
        if (!isDeepStrictEqual(answer, floor)) {
          throw new Error(
            `${operation.name}: ${contender} answers differently from the Cypher floor:\n${JSON.stringify(answer).slice(0, 800)}\nvs\n${JSON.stringify(floor).slice(0, 800)}`,
          );
        }
      }
      console.error(`✓ ${operation.name}: all four agree (${JSON.stringify(floor).length} bytes)`);
    }

    // 2. Latency, one request at a time, contenders interleaved (rotating who goes first).
    for (let round = -2; round < rounds; round++) {
      for (const operation of operations) {
        for (let turn = 0; turn < running.length; turn++) {
          const server = running[(turn + Math.max(0, round)) % running.length] as Running;
          const key = `${operation.name}/${server.contender}`;
          if (tooSlow.has(key)) continue;
          // A contender that is very slow on an operation gets fewer samples (at least five).
          const spent = (samples.get(key) ?? []).reduce((sum, ms) => sum + ms, 0);
          const taken = samples.get(key)?.length ?? 0;
          if (
            (taken >= 5 && spent > SAMPLE_BUDGET_MS) ||
            (taken >= 3 && spent > 3 * SAMPLE_BUDGET_MS)
          )
            continue;
          const result = await call(server, requestBody(operation, server.contender, parameters));
          if (round < 0) continue; // warm-up
          samples.set(key, [...(samples.get(key) ?? []), result.ms]);
          statements.set(key, result.statements);
        }
      }
      if (round >= 0 && (round + 1) % 10 === 0)
        console.error(`latency: ${round + 1}/${rounds} rounds`);
    }

    // 3. Throughput at fixed concurrency, one contender at a time, in several windows that take
    // turns between the contenders: one window moved by ±20 % between runs of the same code on
    // this shared machine; the median of interleaved windows is what is reported.
    const throughput = new Map<string, { rates: number[]; errors: number }>();
    for (const operation of operations) {
      for (let window = 0; window < windows; window++) {
        for (const server of running) {
          const key = `${operation.name}/${server.contender}`;
          if (tooSlow.has(key)) continue;
          let errors = 0;
          // Long enough for every connection to finish several requests even when slow ones queue:
          // slow operations complete in waves of `connections` requests, and a window of two or
          // three waves read as 1.5 or 2.3 req/s for the same server.
          const p50 = percentile(samples.get(`${operation.name}/${server.contender}`) ?? [], 50);
          const duration = Math.max(seconds, Math.ceil((SLOW_WAVES * p50 * connections) / 2 / 1000));
          const result = await autocannon({
            url: server.url,
            connections,
            duration,
            timeout: 120,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: requestBody(operation, server.contender, parameters),
            requests: [
              {
                onResponse: (status: number, body: string) => {
                  if (status !== 200 || body.includes('"errors"')) errors += 1;
                },
              },
            ],
          });
          // Completed requests over the run (per-second averages read 0 when requests take longer).
          const rps = result.requests.total / result.duration;
          const before = throughput.get(key) ?? { rates: [], errors: 0 };
          throughput.set(key, {
            rates: [...before.rates, rps],
            errors: before.errors + errors + result.errors + result.non2xx,
          });
          console.error(
            `throughput ${key} (window ${window + 1}/${windows}): ${rps.toFixed(1)} req/s over ${duration} s`,
          );
        }
      }
    }

    const memory = new Map<Contender, number>();
    for (const server of running) {
      const report = (await (
        await fetch(server.url.replace('/graphql', '/bench/memory'))
      ).json()) as { peakRss: number };
      memory.set(server.contender, report.peakRss);
    }

    const results: Record<string, Record<Contender, Measured>> = {};
    for (const operation of operations) {
      results[operation.name] = Object.fromEntries(
        CONTENDERS.map((contender) => {
          const key = `${operation.name}/${contender}`;
          const times = samples.get(key) ?? [];
          return [
            contender,
            {
              p50: percentile(times, 50),
              p95: percentile(times, 95),
              statements: statements.get(key) ?? Number.NaN,
              requestsPerSecond: percentile(throughput.get(key)?.rates ?? [], 50),
              requestsPerSecondWindows: throughput.get(key)?.rates ?? [],
              throughputErrors: throughput.get(key)?.errors ?? Number.NaN,
            },
          ];
        }),
      ) as Record<Contender, Measured>;
    }
    writeReport({
      labels,
      parameters,
      results,
      memory: Object.fromEntries(memory) as Record<Contender, number>,
      tooSlow: Object.fromEntries(tooSlow),
    });
  } finally {
    for (const server of running) server.process.kill('SIGTERM');
  }
}

interface Outcome {
  labels: Record<string, number>;
  parameters: BenchParameters;
  results: Record<string, Record<Contender, Measured>>;
  memory: Record<Contender, number>;
  /** operation/contender → why it was measured once or not at all. */
  tooSlow: Record<string, string>;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function writeReport(outcome: Outcome): void {
  const dir = join(projectRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, Neo4j 5.26 Community on the same machine`;
  const lines = [
    `## ${values.label}: ${outcome.labels.Article ?? 0} articles`,
    '',
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${machine}.`,
    `Graph: ${Object.entries(outcome.labels)
      .map(([label, count]) => `${count} ${label}`)
      .join(', ')}.`,
    `Latency: ${rounds} sequential requests per operation and contender, interleaved, after 2 warm-up rounds; a contender past 20 s on one operation stops at 5 samples; one slower than 15 s on its first call is measured that once and not loaded. Throughput: completed requests per second under autocannon, ${connections} connections, loopback, the median of ${windows} windows taken in turn with the other contenders, each ${seconds} s or, for slow operations, ${SLOW_WAVES} × p50 × connections / 2 cores (enough for several waves of requests).`,
    '',
    "| operation | contender | p50 ms | p95 ms | statements | req/s (windows' range) | p50 / floor | req/s vs @neo4j/graphql |",
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const operation of operations) {
    const byContender = outcome.results[operation.name] as Record<Contender, Measured>;
    for (const contender of CONTENDERS) {
      const measured = byContender[contender];
      const errors = measured.throughputErrors > 0 ? ` (${measured.throughputErrors} errors)` : '';
      const rate = (rps: number) => fixed(rps, rps < 10 ? 1 : 0);
      const rates = measured.requestsPerSecondWindows ?? [];
      const range =
        rates.length > 1 ? ` (${rate(Math.min(...rates))}–${rate(Math.max(...rates))})` : '';
      const slow = outcome.tooSlow[`${operation.name}/${contender}`];
      if (slow) {
        lines.push(
          `| ${contender === 'this-server' ? `**${operation.name}**` : ''} | ${contender} | ${slow} | – | ${measured.statements} | – | ${fixed(measured.p50 / byContender['cypher-floor'].p50, 2)}× | – |`,
        );
        continue;
      }
      lines.push(
        `| ${contender === 'this-server' ? `**${operation.name}**` : ''} | ${contender} | ${fixed(measured.p50)} | ${fixed(measured.p95)} | ${measured.statements} | ${rate(measured.requestsPerSecond)}${range}${errors} | ${fixed(measured.p50 / byContender['cypher-floor'].p50, 2)}× | ${fixed(measured.requestsPerSecond / byContender['neo4j-graphql'].requestsPerSecond, 2)}× |`,
      );
    }
  }
  lines.push(
    '',
    `Peak server memory (RSS): ${CONTENDERS.map((contender) => `${contender} ${(outcome.memory[contender] / 2 ** 20).toFixed(0)} MB`).join(', ')}.`,
    '',
  );
  writeFileSync(join(dir, `${values.label}.md`), lines.join('\n'));
  writeFileSync(
    join(dir, `${values.label}.json`),
    `${JSON.stringify({ label: values.label, machine, rounds, seconds, windows, connections, ...outcome }, null, 2)}\n`,
  );

  rebuildReport();
  console.log(lines.join('\n'));
}

/** bench/REPORT.md: the operations, the contenders, FINDINGS.md and every result, smallest first. */
function rebuildReport(): void {
  const dir = join(projectRoot, 'bench', 'results');
  const sections = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort(
      (a, b) =>
        Number.parseInt(a, 10) - Number.parseInt(b, 10) ||
        a.length - b.length ||
        a.localeCompare(b),
    )
    .map((file) => readFileSync(join(dir, file), 'utf8'));
  const findings = readFileSync(join(projectRoot, 'bench', 'FINDINGS.md'), 'utf8');
  const operationList = OPERATIONS.map(
    (operation) => `- \`${operation.name}\` (depth ${operation.depth}): ${operation.description}`,
  ).join('\n');
  writeFileSync(
    join(projectRoot, 'bench', 'REPORT.md'),
    `# Benchmark report\n\nGenerated by \`npm run bench\` (bench/run.ts) from bench/results/; the findings are written by hand in bench/FINDINGS.md.\n\nOperations:\n\n${operationList}\n\nContenders: **this-server** (this project, production settings); **no-batching** (the same server, one statement per parent: the N+1 baseline); **neo4j-graphql** (@neo4j/graphql 7 over equivalent type definitions, bench/peers/; operations it cannot derive run as @cypher fields with the same statements); **cypher-floor** (one hand-written statement per operation through neo4j-driver, no GraphQL). Each runs in its own process as the production image runs (NODE_ENV=production, no source maps). All four answer from the same Neo4j and data, and their answers are checked equal before timing.\n\n${findings}\n\n${sections.join('\n')}`,
  );
}

(values['report-only'] ? Promise.resolve(rebuildReport()) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
