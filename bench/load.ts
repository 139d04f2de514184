import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parse } from 'graphql';
import { findFreePort } from '../src/local-services/ports.js';
import { projectRoot } from '../src/project-root.js';
import { runLiveLoad } from './live-load.js';
import { replaceSection } from './report-sections.js';

// npm run load [-- --duration 60 --connections 50]: the server as users run it (`npm start`, its
// own process, production mode, seeded graph) under autocannon on loopback, with every read
// operation of schema/examples/*.graphql in turn. Counts HTTP failures AND GraphQL errors (which
// come with status 200), and writes bench/LOAD.md with the latencies.

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    // Live updates instead: this many SSE subscribers while a page is ingested every second.
    subscribers: { type: 'string' },
    report: { type: 'string', default: join(projectRoot, 'bench', 'LOAD.md') },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0 && duration <= 600) || !(connections > 0 && connections <= 500)) {
  console.error('--duration must be 1..600 seconds and --connections 1..500');
  process.exit(2);
}

interface Operation {
  name: string;
  body: string;
}

function exampleOperations(): Operation[] {
  const dir = join(projectRoot, 'schema', 'examples');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      return parse(query)
        .definitions.filter(
          (definition) =>
            definition.kind === 'OperationDefinition' && definition.operation === 'query',
        )
        .map((definition) => {
          const name =
            definition.kind === 'OperationDefinition' ? (definition.name?.value ?? '') : '';
          return { name, body: JSON.stringify({ query, operationName: name }) };
        });
    });
}

async function waitForReady(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000}s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}

async function main(): Promise<void> {
  if (values.subscribers !== undefined) {
    const subscribers = Number(values.subscribers);
    if (!(subscribers > 0 && subscribers <= 5_000))
      throw new Error('--subscribers must be 1..5000');
    await runLiveLoad({ subscribers, duration, report: values.report });
    return;
  }
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'start.ts')],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        SEED_ON_START: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const interrupt = () => void stopServer(server).then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  try {
    await waitForReady(base, server, 180_000);
    const operations = exampleOperations();
    // Warm up: each operation once, and each must answer without errors before we time anything.
    for (const operation of operations) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
      });
      const result = (await response.json()) as { errors?: unknown[] };
      if (response.status !== 200 || result.errors) {
        throw new Error(
          `${operation.name} fails before the load starts: ${response.status} ${JSON.stringify(result.errors)}`,
        );
      }
    }

    let graphqlErrors = 0;
    const errorSamples: string[] = [];
    console.error(
      `Load: ${connections} connections for ${duration}s over ${operations.length} operations (${operations.map((o) => o.name).join(', ')})`,
    );
    const result = await autocannon({
      url: `${base}/graphql`,
      connections,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: operations.map((operation) => ({
        method: 'POST' as const,
        body: operation.body,
        onResponse: (status: number, body: string) => {
          if (status === 200 && !body.includes('"errors"')) return;
          graphqlErrors += 1;
          if (errorSamples.length < 5)
            errorSamples.push(`${operation.name}: ${status} ${body.slice(0, 300)}`);
        },
      })),
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const rss = Number(
      /^newsgraph_process_resident_memory_bytes (\S+)/m.exec(metrics)?.[1] ?? Number.NaN,
    );

    const failures = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    const lines = [
      '# Load test',
      '',
      `Run by \`npm run load -- --duration ${duration} --connections ${connections}\` on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; Neo4j and the server on the same machine, loopback.`,
      `Server: \`npm start\` in its own process, NODE_ENV=production, LOG_LEVEL=info; the seeded graph.`,
      `Operations, in turn: ${operations.map((operation) => `\`${operation.name}\``).join(', ')} (schema/examples).`,
      '',
      '| requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | server RSS after |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.latency.max} | ${failures} | ${(rss / 2 ** 20).toFixed(0)} MB |`,
      '',
      `Errors = connection errors ${result.errors} + timeouts ${result.timeouts} + non-2xx ${result.non2xx} + responses with GraphQL errors ${graphqlErrors}.`,
      ...(errorSamples.length
        ? ['', 'Samples:', ...errorSamples.map((sample) => `- ${sample}`)]
        : []),
      '',
    ];
    const previous = existsSync(values.report) ? readFileSync(values.report, 'utf8') : '';
    writeFileSync(values.report, replaceSection(previous, null, lines.join('\n')));
    console.log(lines.join('\n'));
    if (failures > 0) process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupt);
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
