import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { seedPagesDir } from '../src/loading/seed.js';
import { findFreePort } from '../src/local-services/ports.js';
import { projectRoot } from '../src/project-root.js';
import { replaceSection } from './report-sections.js';
import { type SseSubscription, subscribeSse } from '../test/support/sse.js';
import { startTestRedis } from '../test/support/test-redis.js';

// npm run load -- --subscribers 200 [--duration 60]: live updates under load. One server as users
// run it (`npm start`, production mode, events through a local redis-server), N GraphQL-over-SSE
// subscribers to articleIngested, and a page ingested every second. Checks that every subscriber
// got every event once, in commit order; samples the server's RSS; appends to bench/LOAD.md.

const TOKEN = 'live-load-ingest-token';
const PAGES = [
  readFileSync(join(seedPagesDir, 'deutsche-redaktion-2025-04.txt'), 'utf8'),
  readFileSync(join(projectRoot, 'test/fixtures/eval/duda-berlin.txt'), 'utf8'),
  readFileSync(join(projectRoot, 'test/fixtures/eval/hand-lublin-treffen.txt'), 'utf8'),
];
const SECTION = 'Live updates under load';

interface Ingested {
  ids: string[];
  answeredAt: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN) * 1024;
}

async function heapUsed(base: string): Promise<number> {
  const metrics = await (await fetch(`${base}/metrics`)).text();
  return Number(/^newsgraph_nodejs_heap_size_used_bytes (\S+)/m.exec(metrics)?.[1] ?? Number.NaN);
}

async function waitForReady(base: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    if (
      (await fetch(`${base}/ready`).then(
        (response) => response.status,
        () => 0,
      )) === 200
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000}s`);
}

async function ingest(url: string, text: string): Promise<Ingested> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query:
        'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articles { id } } }',
      variables: { input: { text } },
    }),
  });
  const body = (await response.json()) as {
    data?: { ingestPage: { articles: { id: string }[] } };
    errors?: unknown[];
  };
  if (body.errors || !body.data)
    throw new Error(`ingestPage failed: ${JSON.stringify(body.errors)}`);
  return {
    ids: body.data.ingestPage.articles.map((article) => article.id),
    answeredAt: Date.now(),
  };
}

export async function runLiveLoad(options: {
  subscribers: number;
  duration: number;
  report: string;
}): Promise<void> {
  const { subscribers, duration } = options;
  const loadBefore = loadavg();
  const redis = await startTestRedis();
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'start.ts')],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'true',
        REDIS_URL: redis.url,
        INGEST_TOKENS: TOKEN,
        // What is measured is delivery; the recogniser would make a page take longer than a second here.
        NER: 'off',
        MAX_SUBSCRIPTIONS: String(subscribers + 10),
        MAX_SUBSCRIPTIONS_PER_CONNECTION: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const open: SseSubscription[] = [];
  try {
    await waitForReady(base, server, 180_000);
    // Warm: the first pages write the catalog and compile the statements.
    for (const page of PAGES) await ingest(url, page);
    for (let n = 0; n < subscribers; n++) {
      const subscription = await subscribeSse(url, 'subscription { articleIngested { id } }');
      if (subscription.status !== 200)
        throw new Error(`subscriber ${n}: HTTP ${subscription.status}`);
      open.push(subscription);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    console.error(`Live load: ${subscribers} SSE subscribers, a page a second for ${duration}s`);

    const pid = server.pid as number;
    const rss: { at: number; bytes: number }[] = [{ at: 0, bytes: rssOf(pid) }];
    const heap: number[] = [await heapUsed(base)];
    const started = Date.now();
    const sampler = setInterval(() => {
      rss.push({ at: Date.now() - started, bytes: rssOf(pid) });
      void heapUsed(base).then((bytes) => heap.push(bytes));
    }, 5_000);
    const ingested: Ingested[] = [];
    let late = 0;
    let next = started;
    while (Date.now() - started < duration * 1_000) {
      ingested.push(await ingest(url, PAGES[ingested.length % PAGES.length] as string));
      next += 1_000;
      const wait = next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      else late += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    clearInterval(sampler);
    rss.push({ at: Date.now() - started, bytes: rssOf(pid) });
    heap.push(await heapUsed(base));
    const loadAfter = loadavg();

    // Every subscriber: the ids of every page, in commit order, nothing more.
    const expected = ingested.flatMap((page) => page.ids);
    const pageOf = ingested.flatMap((page) => page.ids.map(() => page));
    let complete = 0;
    let missing = 0;
    let extra = 0;
    let outOfOrder = 0;
    let errors = 0;
    const latencies: number[] = [];
    for (const subscription of open) {
      const events = subscription.messages.filter(
        (message) => message.data?.data || message.data?.errors,
      );
      errors += events.filter((message) => message.data?.errors).length;
      const ids = events.map(
        (message) => (message.data?.data?.articleIngested as { id: string } | undefined)?.id,
      );
      missing += Math.max(0, expected.length - ids.length);
      extra += Math.max(0, ids.length - expected.length);
      if (ids.length === expected.length && ids.every((id, index) => id === expected[index]))
        complete += 1;
      else if (ids.some((id, index) => index < expected.length && id !== expected[index]))
        outOfOrder += 1;
      events.forEach((message, index) => {
        const page = pageOf[index];
        if (page) latencies.push(message.at - page.answeredAt);
      });
    }
    latencies.sort((a, b) => a - b);
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    const lines = [
      `## ${SECTION}`,
      '',
      `Run by \`npm run load -- --subscribers ${subscribers} --duration ${duration}\` on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average ${loadBefore.map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min) before, ${loadAfter.map((value) => value.toFixed(1)).join(' / ')} after.`,
      `Server: \`npm start\` in its own process, NODE_ENV=production, events through a local redis-server (REDIS_URL), NER=off (delivery is measured, not recognition); Neo4j, Redis, the server and the ${subscribers} subscribers (GraphQL over SSE, \`articleIngested { id }\`, one client process) on one machine, loopback.`,
      '',
      '| subscribers | pages ingested | events per subscriber | subscribers with every event once, in order | missing | extra | out of order | error events | late ticks |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${subscribers} | ${ingested.length} | ${expected.length} | ${complete} | ${missing} | ${extra} | ${outOfOrder} | ${errors} | ${late} |`,
      '',
      'Delivery latency (arrival at a subscriber minus the moment the mutation answered; negative: before the answer reached the ingesting client), over every event of every subscriber:',
      '',
      '| events | p50 ms | p90 ms | p99 ms | max ms |',
      '|---:|---:|---:|---:|---:|',
      `| ${latencies.length} | ${percentile(latencies, 50)} | ${percentile(latencies, 90)} | ${percentile(latencies, 99)} | ${latencies.at(-1)} |`,
      '',
      `Server RSS, sampled every 5 s: ${rss.map((sample) => `${mb(sample.bytes)}`).join(', ')} MB (first ${mb(rss[0]?.bytes ?? 0)} MB, last ${mb(rss.at(-1)?.bytes ?? 0)} MB, max ${mb(Math.max(...rss.map((sample) => sample.bytes)))} MB).`,
      `Server V8 heap used (its /metrics), same times: ${heap.map((bytes) => mb(bytes)).join(', ')} MB.`,
      '',
    ];
    const previous = existsSync(options.report) ? readFileSync(options.report, 'utf8') : '';
    writeFileSync(options.report, replaceSection(previous, SECTION, lines.join('\n')));
    console.log(lines.join('\n'));
    if (complete !== subscribers) process.exitCode = 1;
  } finally {
    for (const subscription of open) subscription.close();
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    }
    await redis.dispose();
  }
}
