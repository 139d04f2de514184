import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { allowStatementsUnder } from '../../src/graph/cypher.js';
import { post as call, type Running, startContender } from '../contenders/start.js';
import { type BenchParameters, OPERATIONS, type Operation } from '../operations/index.js';
import { pickParameters } from '../parameters.js';
import { percentile } from '../stats.js';

allowStatementsUnder('bench');

// npm run bench:driver-patches [-- --seconds 4 --windows 3 --rounds 20 --connections 10 --only a,b]
// What each patch of src/graph/bolt-messages.ts buys, on the graph that is loaded: this server
// (the benchmark's this-server contender, compiled, production settings) five times in one run,
// each its own process: every patch on, each patch off alone, and every patch off
// (DRIVER_PATCH_*). Answers are checked equal first; then p50 latency (one request at a time, the
// servers interleaved) and throughput (autocannon, the median of windows that take turns). Prints
// a Markdown table that bench/FINDINGS.md quotes.

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    windows: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const windows = Number(values.windows);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const operations = values.only
  ? OPERATIONS.filter((operation) => values.only?.split(',').includes(operation.name))
  : OPERATIONS;

const SWITCHES = {
  'contiguous messages': 'DRIVER_PATCH_CONTIGUOUS_MESSAGES',
  'assigned maps': 'DRIVER_PATCH_ASSIGNED_MAPS',
  'coalesced writes': 'DRIVER_PATCH_COALESCED_WRITES',
} as const;

interface Variant {
  name: string;
  env: Record<string, string>;
}

const allOn: Variant = { name: 'all patches', env: {} };
const VARIANTS: Variant[] = [
  allOn,
  ...Object.entries(SWITCHES).map(([patch, variable]) => ({
    name: `without ${patch}`,
    env: { [variable]: 'off' },
  })),
  {
    name: 'no patches',
    env: Object.fromEntries(Object.values(SWITCHES).map((variable) => [variable, 'off'])),
  },
];

const bodyOf = (operation: Operation, parameters: BenchParameters) =>
  JSON.stringify(operation.graphql(parameters));

async function main(): Promise<void> {
  const { labels, parameters, uri } = await pickParameters();
  const loadBefore = loadavg();
  const servers: Running[] = [];
  const latency = new Map<string, number[]>();
  const rates = new Map<string, number[]>();
  try {
    for (const variant of VARIANTS) {
      const server = await startContender('this-server', uri, variant.env);
      servers.push({ ...server, name: variant.name });
    }
    for (const operation of operations) {
      const body = bodyOf(operation, parameters);
      const [first, ...rest] = await Promise.all(servers.map((server) => call(server, body)));
      for (const [index, answer] of rest.entries()) {
        if (!isDeepStrictEqual(answer.data, first?.data))
          throw new Error(`${operation.name}: ${servers[index + 1]?.name} answers differently`);
      }
      for (let round = -2; round < rounds; round++) {
        for (let turn = 0; turn < servers.length; turn++) {
          const server = servers[(turn + Math.max(0, round)) % servers.length] as Running;
          const { ms } = await call(server, body);
          if (round < 0) continue;
          const key = `${operation.name}/${server.name}`;
          latency.set(key, [...(latency.get(key) ?? []), ms]);
        }
      }
      const load = (server: Running, duration: number) =>
        autocannon({
          url: server.url,
          connections,
          duration,
          timeout: 120,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      for (const server of servers) await load(server, 2);
      for (let window = 0; window < windows; window++) {
        for (let turn = 0; turn < servers.length; turn++) {
          const server = servers[(turn + window) % servers.length] as Running;
          const result = await load(server, seconds);
          if (result.errors + result.non2xx > 0)
            throw new Error(`${operation.name}/${server.name}: errors under load`);
          const key = `${operation.name}/${server.name}`;
          rates.set(key, [...(rates.get(key) ?? []), result.requests.total / result.duration]);
        }
      }
      console.error(`✓ ${operation.name}`);
    }
  } finally {
    for (const server of servers) server.process.kill('SIGTERM');
  }

  const loadAfter = loadavg();
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  const change = (was: number, is: number) => {
    const percent = ((is - was) / was) * 100;
    return `${percent > 0 ? '+' : ''}${percent.toFixed(0)} %`;
  };
  const lines = [
    `Graph: ${labels.Article ?? 0} articles. ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average ${loadBefore.map((value) => fixed(value)).join(' / ')} before, ${loadAfter.map((value) => fixed(value)).join(' / ')} after. p50 of ${rounds} interleaved requests; req/s: median of ${windows} interleaved windows of ${seconds} s at ${connections} connections. The change is against all patches on (for latency, negative is faster; for req/s, positive is more).`,
    '',
    `| operation | ${VARIANTS.map((variant) => variant.name).join(' | ')} |`,
    `|---|${VARIANTS.map(() => '---:').join('|')}|`,
  ];
  for (const operation of operations) {
    const p50 = (variant: Variant) =>
      percentile(latency.get(`${operation.name}/${variant.name}`) ?? [], 50);
    const rps = (variant: Variant) =>
      percentile(rates.get(`${operation.name}/${variant.name}`) ?? [], 50);
    lines.push(
      `| ${operation.name} p50 ms | ${VARIANTS.map((variant) => (variant === allOn ? fixed(p50(variant)) : `${fixed(p50(variant))} (${change(p50(allOn), p50(variant))})`)).join(' | ')} |`,
      `| ${operation.name} req/s | ${VARIANTS.map((variant) => (variant === allOn ? fixed(rps(variant)) : `${fixed(rps(variant))} (${change(rps(allOn), rps(variant))})`)).join(' | ')} |`,
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
