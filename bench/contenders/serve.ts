import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExecutionResult } from 'graphql';
import { allowStatementsUnder, cypher } from '../../src/graph/cypher.js';
import { createDriver, driverPatchesOf } from '../../src/graph/driver.js';
import { QueryRunner } from '../../src/graph/runner.js';
import { projectRoot } from '../../src/project-root.js';
import type { Contender } from '../operations/index.js';
import { benchServerConfig } from './start.js';

allowStatementsUnder('bench');

// One contender of the benchmark as its own HTTP server process (so its memory is its own):
//   this-server   — this project's server, as `npm start` runs it (production settings);
//   this-server-cached — the same with RESPONSE_CACHE=memory (a repeated request is a cache hit);
//   no-batching   — the same with a runner that runs one statement per key (N+1);
//   neo4j-graphql — @neo4j/graphql 7 over bench/peers/neo4j-graphql-typedefs.graphql, in Yoga;
//   cypher-floor  — POST {statement, params}: one named statement under bench/, no GraphQL.
// Every response reports the statements it ran in extensions.cypher.statements, and
// GET /bench/memory the process's peak resident memory. Each process imports only what its
// contender runs, so that its memory is its own (no peer library in this server's process).

// Run as the production image runs (Dockerfile: compiled JavaScript, no source maps): tsx turns
// source-mapped stack traces on, and the driver captures a stack for every statement it runs, so
// they would tax each contender by its statement count rather than by its work.
process.setSourceMapsEnabled(false);

const { values } = parseArgs({
  options: { contender: { type: 'string' }, port: { type: 'string' } },
});
const contender = values.contender as Contender;
const port = Number(values.port);
const uri = process.env.NEO4J_URI;
if (!uri || !port) throw new Error('serve.ts needs NEO4J_URI and --port');

let peakRss = process.memoryUsage.rss();
// What the process held when its RSS peaked (V8's heap, buffers), to tell records from the runtime.
let atPeak = process.memoryUsage();
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) {
    peakRss = rss;
    atPeak = process.memoryUsage();
  }
}, 50).unref();

const memoryReport = () => JSON.stringify({ peakRss, rss: process.memoryUsage.rss(), atPeak });
const memoryResponse = () =>
  new Response(memoryReport(), { headers: { 'content-type': 'application/json' } });

const config = benchServerConfig(port, {
  // The N+1 baseline reads each relation on its own, so no parent statement may carry one.
  ...(contender === 'no-batching' ? { LOOKAHEAD: 'off' } : {}),
  // Cached answers beside uncached: the in-process cache, which RESPONSE_CACHE=redis shares.
  ...(contender === 'this-server-cached' ? { RESPONSE_CACHE: 'memory' } : {}),
});
const driver = createDriver({
  uri,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
  log: () => {},
  patches: driverPatchesOf(config),
});

async function main(): Promise<void> {
  if (
    contender === 'this-server' ||
    contender === 'this-server-cached' ||
    contender === 'no-batching'
  ) {
    const { startGraphServer } = await import('../../src/server/graph-server.js');
    const { UnbatchedQueryRunner } = await import('./unbatched-runner.js');
    const server = await startGraphServer(driver, config, {
      createRunner:
        contender === 'no-batching'
          ? (d, database, timeoutMs) => new UnbatchedQueryRunner(d, database, timeoutMs)
          : undefined,
    });
    // /bench/memory beside the server's own routes.
    const listeners = server.server.listeners('request');
    server.server.removeAllListeners('request');
    server.server.on('request', (request, response) => {
      if (request.url === '/bench/memory') {
        response.setHeader('content-type', 'application/json');
        response.end(memoryReport());
        return;
      }
      for (const listener of listeners)
        (listener as (...args: unknown[]) => void)(request, response);
    });
    return;
  }

  if (contender === 'neo4j-graphql') {
    const { Neo4jGraphQL } = await import('@neo4j/graphql');
    const { createYoga } = await import('graphql-yoga');
    const { countingDriver } = await import('./counting-driver.js');
    let statements = 0;
    // The @cypher statements live in bench/cypher/peer-*.cypher, beside the rest of the bench.
    const typeDefs = readFileSync(
      join(projectRoot, 'bench', 'peers', 'neo4j-graphql-typedefs.graphql'),
      'utf8',
    ).replace(/"\{\{([\w/-]+)\}\}"/g, (_placeholder, name: string) => JSON.stringify(cypher(name)));
    const schema = await new Neo4jGraphQL({
      typeDefs,
      driver: countingDriver(
        driver,
        () => {
          statements += 1;
        },
        config.CYPHER_TIMEOUT_MS,
      ),
    }).getSchema();
    const yoga = createYoga({
      schema,
      graphqlEndpoint: '/graphql',
      logging: false,
      // Errors as they are: the benchmark tells a timeout from a failure by the message.
      maskedErrors: false,
      plugins: [
        {
          onRequest({ url, endResponse }) {
            if (url.pathname === '/bench/memory') endResponse(memoryResponse());
          },
          onExecute() {
            // Statements are counted per process; requests are timed one at a time when counted.
            const before = statements;
            return {
              onExecuteDone({
                result,
                setResult,
              }: {
                result: ExecutionResult | AsyncIterable<unknown>;
                setResult: (result: ExecutionResult) => void;
              }) {
                if (Symbol.asyncIterator in result) return;
                setResult({
                  ...result,
                  extensions: { ...result.extensions, cypher: { statements: statements - before } },
                });
              },
            };
          },
        },
      ],
      context: { sessionConfig: { database: config.NEO4J_DATABASE } },
    });
    createServer(yoga).listen(port, '127.0.0.1');
    return;
  }

  if (contender === 'cypher-floor') {
    const runner = new QueryRunner(driver, config.NEO4J_DATABASE, config.CYPHER_TIMEOUT_MS);
    createServer((request, response) => {
      if (request.url === '/bench/memory') {
        response.setHeader('content-type', 'application/json');
        response.end(memoryReport());
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          statement: string;
          params: Record<string, unknown>;
        };
        if (
          !body.statement.startsWith('bench/') &&
          !['analytics/timeline', 'traversal/shortest-path'].includes(body.statement)
        ) {
          response.statusCode = 400;
          response.end('{"error":"not a benchmark statement"}');
          return;
        }
        runner.read(body.statement, body.params).then(
          (rows) => {
            response.setHeader('content-type', 'application/json');
            response.end(JSON.stringify({ data: rows, extensions: { cypher: { statements: 1 } } }));
          },
          (error: unknown) => {
            response.statusCode = 500;
            response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
          },
        );
      });
    }).listen(port, '127.0.0.1');
    return;
  }
  throw new Error(`unknown contender ${contender}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
