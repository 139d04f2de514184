import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type YogaServerOptions } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { QueryRunner } from '../graph/runner.js';
import type { SpanSource } from '../ingest/annotate.js';
import { PageIngestor } from '../loading/page-ingestor.js';
import { peopleMemory } from '../loading/recent-people.js';
import type { GraphContext } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { inProcessTransport, LiveEvents, type LiveTransport } from '../schema/live-events.js';
import type { Limits } from '../schema/limits.js';
import { accessPolicy } from './access.js';
import { useBodyLimit } from './body-limit.js';
import type { Config } from '../config.js';
import { BOOKMARK_HEADER, bookmarksOf } from './bookmarks.js';
import { useCompiledQueries } from './compiled-queries.js';
import { useCypherStats } from './cypher-stats-plugin.js';
import { createLogger, type Logger } from './logger.js';
import { ServerMetrics } from './metrics.js';
import { useOperationLimits } from './operation-limits.js';
import { useSharedEventContext } from './event-context.js';
import { createRedisEvents, type RedisEvents } from './redis-events.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';
import { attachWebSocket } from './websocket.js';
import { useOperationalEndpoints } from './operational-endpoints.js';
import { GraphReadiness } from './readiness.js';
import { requestIdOf, useRequestTracking } from './request-tracking.js';
import { graphiqlOptions, renderGraphiQL, useDashboard } from './web-assets.js';

// HTTP in front of the schema: Yoga serves /graphql (GraphiQL on GET from a browser), /health,
// /ready and /metrics. Each request gets its own QueryRunner, hence its own dataloaders and Cypher
// counts, and its limits and access from configuration and its bearer token.

// What GraphiQL shows first: one query that walks from a name to articles, people and meetings.
const EXAMPLE_QUERY = `# Who is "Putins"? Press ▶ to run. More examples: schema/examples/*.graphql
query WhoIsPutin {
  entity(name: "Putins") {
    __typename
    name
    ... on Person {
      role
      country { name }
      coMentioned(first: 5) { entity { name } count }
    }
    articles(first: 5) {
      totalCount
      edges { node { title publishedAt countries { name } meetings { date place { name } } } }
    }
  }
}
`;

export interface GraphServer {
  server: Server;
  url: string;
  readiness: GraphReadiness;
  metrics: ServerMetrics;
  logger: Logger;
  /** Stops accepting connections, lets in-flight requests finish (up to drainMs), then closes. */
  close(drainMs?: number): Promise<void>;
}

export interface GraphServerOptions {
  /** Run once the schema is applied, before the server reports ready (e.g. seed an empty graph). */
  afterSchema?: (runner: QueryRunner) => Promise<void>;
  logger?: Logger;
  /** How requests reach Neo4j; the benchmark swaps in a runner that does not batch. */
  createRunner?: (driver: Driver, database: string, timeoutMs: number) => QueryRunner;
  /** The recogniser `ingestPage` runs pages through; absent or null: the rules alone. */
  ner?: SpanSource | null;
}

export function limitsFromConfig(config: Config): Limits {
  return {
    maxDepth: config.MAX_DEPTH,
    maxComplexity: config.MAX_COMPLEXITY,
    maxPageSize: config.MAX_PAGE_SIZE,
    defaultPageSize: Math.min(20, config.MAX_PAGE_SIZE),
    maxHops: config.MAX_HOPS,
    maxTraversalDepth: config.MAX_TRAVERSAL_DEPTH,
    maxNeighborhood: config.MAX_NEIGHBORHOOD,
  };
}

function corsFromConfig(config: Config): YogaServerOptions<object, GraphContext>['cors'] {
  const origins = config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length === 0) return false; // same origin only
  return {
    origin: origins.includes('*') ? '*' : origins,
    credentials: !origins.includes('*'),
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-request-id',
      'x-graphql-yoga-csrf',
      'x-debug-cypher',
      BOOKMARK_HEADER,
    ],
    exposedHeaders: ['x-request-id'],
  };
}

interface ServerParts {
  readiness: GraphReadiness;
  metrics: ServerMetrics;
  logger: Logger;
  createRunner?: GraphServerOptions['createRunner'];
  ner?: SpanSource | null;
  events?: LiveEvents;
  cache?: ResponseCache | null;
  /** Invalidations of the response cache not yet done: a mutation answers once they are. */
  invalidations?: Set<Promise<void>>;
}

/** Holds each response until the cache invalidations its mutation started are done. */
function useSettledInvalidations(pending: Set<Promise<void>>) {
  return {
    onExecute: () => ({
      onExecuteDone: async () => {
        if (pending.size > 0) await Promise.all([...pending]);
      },
    }),
  };
}

/**
 * Live events (through Redis when there is one) and, when configured, the response cache, which
 * every committed page invalidates: this process's pages before their mutation answers, other
 * processes' pages (memory cache only: a Redis cache was invalidated by their process) as they arrive.
 */
function liveParts(config: Config, redis: RedisEvents | null, logger: Logger) {
  const log = (message: string, error?: unknown) => logger.warn({ err: error }, message);
  const cache = createResponseCache(config, redis?.commands ?? null, log);
  const base = redis?.transport ?? inProcessTransport();
  const invalidations = new Set<Promise<void>>();
  const transport: LiveTransport = {
    get up() {
      return base.up;
    },
    send: (event) => {
      if (cache) {
        const done = cache.invalidate(event).finally(() => invalidations.delete(done));
        invalidations.add(done);
      }
      base.send(event);
    },
    listen: (onEvent, onLost) => base.listen(onEvent, onLost),
  };
  if (cache && redis && config.RESPONSE_CACHE === 'memory')
    base.listen(
      (event) => void cache.invalidate(event),
      () => {},
    );
  const events = new LiveEvents(transport, {
    maxSubscriptions: config.MAX_SUBSCRIPTIONS,
    bufferSize: config.SUBSCRIBER_BUFFER,
  });
  return { events, cache, invalidations };
}

export function createGraphYoga(driver: Driver, config: Config, parts: ServerParts) {
  const limits = limitsFromConfig(config);
  const accessOf = accessPolicy(config);
  const ingestor = new PageIngestor(parts.ner ?? null, peopleMemory(config), {
    statements: config.QUOTES === 'on',
  });
  // Without parts from startGraphServer: in process, every subscriber hears every page this server commits.
  const live = parts.events
    ? {
        events: parts.events,
        cache: parts.cache ?? null,
        invalidations: parts.invalidations ?? new Set<Promise<void>>(),
      }
    : liveParts(config, null, parts.logger);
  const events = live.events;
  const createRunner =
    parts.createRunner ??
    ((d, database, timeoutMs) => new QueryRunner(d, database, timeoutMs, config.DB_RETRY_MS));
  return createYoga<Record<string, never>, GraphContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Served from the package, no CDN (web-assets.ts); the examples as tabs.
    graphiql: graphiqlOptions(EXAMPLE_QUERY),
    renderGraphiQL,
    cors: corsFromConfig(config),
    // Masking is request-tracking's (it knows the request id); Yoga's would hide typed errors' causes.
    maskedErrors: false,
    // useBodyLimit refuses bodies by Content-Length and refuses bodies without one, so Node's parser
    // already holds every body to its limit; Yoga's own limit would pipe each body through a counter.
    maxRequestBodySize: false,
    context: ({ request }) => ({
      runner: createRunner(driver, config.NEO4J_DATABASE, config.CYPHER_TIMEOUT_MS).useBookmarks(
        bookmarksOf(request),
      ),
      limits,
      access: accessOf(request.headers.get('authorization')),
      requestId: requestIdOf(request),
      ingestor,
      lookahead: config.LOOKAHEAD === 'on',
      events,
    }),
    plugins: [
      // First: plugins that execute on their own terms (the response cache) execute through it.
      ...(config.GRAPHQL_JIT === 'on' ? [useCompiledQueries()] : []),
      useBodyLimit(config.MAX_BODY_BYTES),
      useOperationalEndpoints({ readiness: parts.readiness, metrics: parts.metrics }),
      useDashboard((message) => parts.logger.warn(message)),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-require-preflight'] }),
      useOperationLimits({ maxTokens: config.MAX_TOKENS, maxAliases: config.MAX_ALIASES }),
      useRequestTracking({
        logger: parts.logger,
        metrics: parts.metrics,
        production: config.NODE_ENV === 'production',
      }),
      useCypherStats({ always: config.NODE_ENV === 'development' }),
      useSharedEventContext(
        () => ({
          runner: createRunner(
            driver,
            config.NEO4J_DATABASE,
            config.CYPHER_TIMEOUT_MS,
          ).useBookmarks(events.latestBookmarks),
        }),
        (cost) => {
          parts.metrics.livePayloadStatements.inc(cost.statements);
          parts.metrics.cypherSeconds.inc(cost.dbTimeMs / 1000);
        },
      ),
      ...(live.cache ? [live.cache.plugin, useSettledInvalidations(live.invalidations)] : []),
    ],
    logging: config.LOG_LEVEL === 'silent' ? false : 'warn',
  });
}

/**
 * Starts the HTTP server at once, whether or not Neo4j answers; readiness (schema, then
 * options.afterSchema) is prepared in the background and reported at /ready.
 */
export async function startGraphServer(
  driver: Driver,
  config: Config,
  options: GraphServerOptions = {},
): Promise<GraphServer> {
  const logger = options.logger ?? createLogger(config);
  const metrics = new ServerMetrics();
  const afterSchema = options.afterSchema;
  const readiness = new GraphReadiness(driver, {
    database: config.NEO4J_DATABASE,
    afterSchema: afterSchema
      ? () => afterSchema(new QueryRunner(driver, config.NEO4J_DATABASE))
      : undefined,
    log: (message, error) => logger.warn({ err: error }, message),
  });
  // With REDIS_URL, events travel through Redis so every process's subscribers hear every page.
  const redis: RedisEvents | null = config.REDIS_URL
    ? createRedisEvents({
        url: config.REDIS_URL,
        log: (message, error) => logger.warn({ err: error }, message),
        onPublishFailed: () => metrics.unannouncedPages.inc(),
      })
    : null;
  const live = liveParts(config, redis, logger);
  const yoga = createGraphYoga(driver, config, {
    readiness,
    metrics,
    logger,
    createRunner: options.createRunner,
    ner: options.ner,
    ...live,
  });
  const server = createServer(yoga);
  const websocket = attachWebSocket(server, yoga, {
    path: '/graphql',
    maxPerConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  void readiness.start().then(() => {
    metrics.ready.set(1);
    logger.info('graph ready');
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  return {
    server,
    url: `http://${host}:${port}/graphql`,
    readiness,
    metrics,
    logger,
    close: async (drainMs = 10_000) => {
      readiness.stop();
      const sockets = websocket.close();
      const closed = new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      });
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), drainMs);
      try {
        await Promise.all([closed, sockets, redis?.close()]);
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}
