import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import type { Running } from './contenders/start.js';
import {
  type BenchParameters,
  CONTENDERS,
  type Contender,
  type Operation,
} from './operations/index.js';
import type { Measured, Outcome, RunSettings } from './results.js';
import { percentile } from './stats.js';

// Runs the operations against the contenders that are up: answers checked equal first, then
// latency (requests one at a time, contenders interleaved), Cypher statements per request,
// throughput (autocannon, loopback, fixed concurrency) and each server's peak memory.

const SAMPLE_BUDGET_MS = 20_000;
const SLOW_MS = 15_000;
const HEADERS = { 'content-type': 'application/json', 'x-debug-cypher': '1' };

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

export async function measure(
  running: Running[],
  operations: Operation[],
  parameters: BenchParameters,
  settings: RunSettings,
): Promise<Omit<Outcome, 'labels' | 'parameters'>> {
  const { rounds, seconds, windows, connections, slowWaves } = settings;
  const samples = new Map<string, number[]>();
  const statements = new Map<string, number>();
  const tooSlow = new Map<string, string>();
  // 1. Same answers from every contender (one over the timeout is left out), before timing.
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
    console.error(`✓ ${operation.name}: all agree (${JSON.stringify(floor).length} bytes)`);
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
    // Two seconds under load first, not counted: the latency rounds run one request at a time,
    // and a first window would otherwise time the JIT compiling each server's loaded paths.
    for (const server of running) {
      if (tooSlow.has(`${operation.name}/${server.contender}`)) continue;
      await autocannon({
        url: server.url,
        connections,
        duration: 2,
        timeout: 120,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: requestBody(operation, server.contender, parameters),
      });
    }
    for (let window = 0; window < windows; window++) {
      for (const server of running) {
        const key = `${operation.name}/${server.contender}`;
        if (tooSlow.has(key)) continue;
        let errors = 0;
        // Long enough for every connection to finish several requests even when slow ones queue:
        // slow operations complete in waves of `connections` requests, and a window of two or
        // three waves read as 1.5 or 2.3 req/s for the same server.
        const p50 = percentile(samples.get(`${operation.name}/${server.contender}`) ?? [], 50);
        const duration = Math.max(seconds, Math.ceil((slowWaves * p50 * connections) / 2 / 1000));
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

  const memory = {} as Record<Contender, number>;
  for (const server of running) {
    const report = (await (
      await fetch(server.url.replace('/graphql', '/bench/memory'))
    ).json()) as { peakRss: number };
    memory[server.contender] = report.peakRss;
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
  return { results, memory, tooSlow: Object.fromEntries(tooSlow) };
}
