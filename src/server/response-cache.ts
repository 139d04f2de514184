import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import {
  type Cache,
  createInMemoryCache,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { PageIngestedEvent } from '../schema/live-events.js';
import { BOOKMARK_HEADER } from './bookmarks.js';
import type { Config } from '../config.js';

// Opt-in response cache for queries (RESPONSE_CACHE=redis|memory). A cached answer is keyed by
// the document, its variables and the identity of the bearer token, so one reader never gets
// another's. Ingest invalidates every cached answer that holds an article, entity, meeting or
// outlet the page touched; lists a page would add to (latest articles, counts) live until their
// TTL (RESPONSE_CACHE_TTL_MS, RESPONSE_CACHE_TYPE_TTLS). Requests with a bookmark or asking for
// Cypher stats bypass it. Redis down: the cache misses, queries run as without it.

/** Entities by raw id: results carry global ids, page events raw ones. */
function entityKey(typename: string, id: number | string): string {
  const value = String(id);
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.id && encodeGlobalID(decoded.typename, decoded.id) === value)
      return `entity:${decoded.id}`;
  } catch {
    // not a global id
  }
  return `entity:${typename}:${value}`;
}

/** What a committed page touched, as cache entities (the typename is unused by entityKey). */
export function touchedBy(event: PageIngestedEvent): { typename: string; id: string }[] {
  const ids = new Set<string>([event.outletId]);
  for (const article of event.articles) {
    ids.add(article.id);
    ids.add(article.outletId);
    for (const id of article.entityIds) ids.add(id);
  }
  for (const meeting of event.meetings) {
    ids.add(meeting.id);
    for (const id of meeting.participantIds) ids.add(id);
    if (meeting.placeId) ids.add(meeting.placeId);
  }
  return [...ids].map((id) => ({ typename: 'Node', id: encodeGlobalID('Node', id) }));
}

/** "Article=300000, Country=3600000" → { Article: 300000, Country: 3600000 }. */
export function typeTtls(setting: string): Record<string, number> {
  return Object.fromEntries(
    setting
      .split(',')
      .map((pair) => pair.split('=').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '')
      .map(([type, ms]) => [type, Number(ms)]),
  );
}

/** A cache that never fails a request: a broken backend is a miss, and says so once per outage. */
function forgiving(cache: Cache, log: (message: string, error?: unknown) => void): Cache {
  let failing = false;
  const guard = async <T>(work: () => Promise<T> | T, fallback: T): Promise<T> => {
    try {
      const result = await work();
      failing = false;
      return result;
    } catch (error) {
      if (!failing) log('Response cache unavailable: answering without it', error);
      failing = true;
      return fallback;
    }
  };
  return {
    get: (key) => guard(() => cache.get(key), undefined),
    set: (key, data, entities, ttl) => guard(() => cache.set(key, data, entities, ttl), undefined),
    invalidate: (entities) => guard(() => cache.invalidate(entities), undefined),
  };
}

function identityOf(request: Request): string {
  const authorization = request.headers.get('authorization');
  return authorization ? createHash('sha256').update(authorization).digest('hex') : 'anonymous';
}

export interface ResponseCache {
  plugin: Plugin;
  /** Drops every cached answer that holds something the page touched. */
  invalidate(event: PageIngestedEvent): Promise<void>;
}

export function createResponseCache(
  config: Config,
  redis: Redis | null,
  log: (message: string, error?: unknown) => void,
): ResponseCache | null {
  if (config.RESPONSE_CACHE === 'off') return null;
  let backend: Cache;
  if (config.RESPONSE_CACHE === 'redis') {
    if (!redis) throw new Error('RESPONSE_CACHE=redis needs REDIS_URL');
    backend = createRedisCache({ redis, buildRedisEntityId: entityKey });
  } else {
    backend = createInMemoryCache({ buildEntityId: entityKey, max: 10_000 });
  }
  const cache = forgiving(backend, log);
  const plugin = useResponseCache({
    cache,
    session: identityOf,
    enabled: (request) =>
      !request.headers.has(BOOKMARK_HEADER) && !request.headers.has('x-debug-cypher'),
    ttl: config.RESPONSE_CACHE_TTL_MS,
    ttlPerSchemaCoordinate: typeTtls(config.RESPONSE_CACHE_TYPE_TTLS),
    // Ingest invalidates through invalidate() below, which knows every entity the page touched.
    // This stays on all the same: turned off, the plugin would cache mutations' answers.
    invalidateViaMutation: true,
    includeExtensionMetadata: config.NODE_ENV !== 'production',
  });
  return {
    plugin,
    invalidate: async (event) => {
      await cache.invalidate(touchedBy(event));
    },
  };
}
