import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root.js';

// Every setting the server reads, from environment variables, validated once at start-up.
// Defaults suit a developer laptop; docker-compose and CI override them through the environment.

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_PROVIDER: z.enum(['auto', 'docker', 'jar']).default('auto'),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 512m or 2g')
    .default('1g'),
  NEO4J_LOCAL_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 512m or 2g')
    .default('512m'),
  // The local Neo4j's folder: its jars (dist/) and instances (instances/).
  NEO4J_LOCAL_DIR: z.string().min(1).default(join(projectRoot, '.neo4j')),
  SEED_ON_START: booleanFromEnv.default(true),
  // German NER (src/ner): a CoreNLP server at NER_URL, or one started locally from its Maven jars when unset.
  NER: z.enum(['on', 'off']).default('on'),
  // The dependency parser of the same CoreNLP, for sentences that may report a meeting (NER=on only).
  PARSER: z.enum(['on', 'off']).default('on'),
  // Quotes and positions read from each article at ingest (src/ingest/quotes); off: none are written.
  QUOTES: z.enum(['on', 'off']).default('on'),
  NER_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+/, 'must be an http:// or https:// URL of a CoreNLP server')
    .optional(),
  NER_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 512m or 2g')
    .default('2g'),
  NER_LOCAL_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  // The local CoreNLP's folder: its jars (dist/) and instances (instances/).
  NER_LOCAL_DIR: z.string().min(1).default(join(projectRoot, '.corenlp')),
  NER_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  // How far back ingest remembers the people the graph's articles named, for a bare surname
  // ("Merz" after yesterday's "Friedrich Merz"); 0: no memory, the article and the catalog alone.
  RECENT_PEOPLE_DAYS: z.coerce.number().int().min(0).max(3_650).default(30),
  // At most this many remembered people per page, the most recently named first.
  RECENT_PEOPLE_MAX: z.coerce.number().int().min(1).max(100_000).default(5_000),
  // Query limits, enforced before any Cypher runs.
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_COMPLEXITY: z.coerce.number().int().min(10).default(20_000),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
  MAX_HOPS: z.coerce.number().int().min(1).max(6).default(6),
  MAX_TRAVERSAL_DEPTH: z.coerce.number().int().min(1).max(3).default(3),
  MAX_NEIGHBORHOOD: z.coerce.number().int().min(1).max(5_000).default(500),
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(2_000_000),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(10).default(10_000),
  // How long a request retries transient database errors before DATABASE_UNAVAILABLE.
  DB_RETRY_MS: z.coerce.number().int().min(0).default(2_000),
  // off: a parent's statement never carries a child relation; each relation batches on its own.
  LOOKAHEAD: z.enum(['on', 'off']).default('on'),
  // off: queries run through graphql-js's interpreter instead of compiled (graphql-jit).
  GRAPHQL_JIT: z.enum(['on', 'off']).default('on'),
  // The patches to neo4j-driver's Bolt handling (docs/driver-patches.md), each switched on its own.
  DRIVER_PATCH_CONTIGUOUS_MESSAGES: z.enum(['on', 'off']).default('on'),
  DRIVER_PATCH_ASSIGNED_MAPS: z.enum(['on', 'off']).default('on'),
  DRIVER_PATCH_COALESCED_WRITES: z.enum(['on', 'off']).default('on'),
  // Bearer tokens, comma-separated: INGEST_TOKENS may run mutations; READ_TOKENS, when set, are
  // required for reads too (ingest tokens may always read).
  INGEST_TOKENS: z.string().default(''),
  READ_TOKENS: z.string().default(''),
  CORS_ORIGINS: z.string().default(''),
  // Live updates (subscriptions over SSE and WebSocket).
  MAX_SUBSCRIPTIONS: z.coerce.number().int().min(0).default(1_000),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(10),
  SUBSCRIBER_BUFFER: z.coerce.number().int().min(1).default(100),
  // Scale-out (docs/deploy.md): with REDIS_URL, live events reach subscribers of every server process.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .optional(),
  // Response cache for queries, keyed by token: shared in Redis, per process in memory, or none.
  RESPONSE_CACHE: z.enum(['redis', 'memory', 'off']).default('off'),
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  // Per-type TTLs, "Type=ms" comma-separated; a result lives as long as its shortest-lived type.
  RESPONSE_CACHE_TYPE_TTLS: z
    .string()
    .regex(
      /^\s*([A-Za-z_]\w*\s*=\s*\d+\s*(,\s*|$))*$/,
      'must look like Article=300000,Country=3600000',
    )
    .default('Country=3600000,City=3600000,Outlet=3600000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Commands that talk to a running server over HTTP (npm run export, the examples).
  GRAPHQL_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be the http:// or https:// URL of a GraphQL endpoint')
    .default('http://127.0.0.1:4000/graphql'),
  GRAPHQL_TOKEN: z.string().optional(),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Settings that only make sense together. */
function crossChecks(config: z.infer<typeof configSchema>): string[] {
  return config.RESPONSE_CACHE === 'redis' && !config.REDIS_URL
    ? ['RESPONSE_CACHE: redis needs REDIS_URL']
    : [];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (docker-compose passes unset values as empty strings).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = crossChecks(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(parsed.data);
}
