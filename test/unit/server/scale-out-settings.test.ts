import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { bookmarksOf } from '../../../src/server/bookmarks.js';
import { loadConfig } from '../../../src/config.js';
import { touchedBy, typeTtls } from '../../../src/server/response-cache.js';

const request = (bookmark?: string) =>
  new Request('http://localhost/graphql', {
    headers: bookmark === undefined ? {} : { 'x-neo4j-bookmark': bookmark },
  });

describe('scale-out settings', () => {
  it('reads bookmarks from x-neo4j-bookmark, comma-separated, and refuses malformed ones', () => {
    expect(bookmarksOf(request())).toEqual([]);
    expect(bookmarksOf(request('FB:kcwQ1 , FB:kcwQ2'))).toEqual(['FB:kcwQ1', 'FB:kcwQ2']);
    expect(() => bookmarksOf(request('not a bookmark'))).toThrow(/x-neo4j-bookmark/);
    expect(() => bookmarksOf(request(Array.from({ length: 17 }, () => 'FB:x').join(',')))).toThrow(
      /at most 16/,
    );
  });

  it('parses per-type TTLs and refuses a response cache in Redis without Redis', () => {
    expect(typeTtls('Article=300000, Country=3600000')).toEqual({
      Article: 300_000,
      Country: 3_600_000,
    });
    expect(typeTtls('')).toEqual({});
    expect(() => loadConfig({ RESPONSE_CACHE: 'redis' })).toThrow(
      /RESPONSE_CACHE: redis needs REDIS_URL/,
    );
    expect(() => loadConfig({ RESPONSE_CACHE_TYPE_TTLS: 'Article' })).toThrow(
      /RESPONSE_CACHE_TYPE_TTLS/,
    );
    expect(() => loadConfig({ REDIS_URL: 'http://redis' })).toThrow(/REDIS_URL/);
    expect(
      loadConfig({ RESPONSE_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' }).RESPONSE_CACHE,
    ).toBe('redis');
  });

  it('names every article, entity, meeting and outlet a page touched for invalidation', () => {
    const touched = touchedBy({
      outletId: 'outlet:o',
      articles: [{ id: 'article:a', outletId: 'outlet:o', entityIds: ['person:p', 'country:PL'] }],
      meetings: [
        {
          id: 'meeting:m',
          participantIds: ['person:p', 'person:q'],
          placeId: 'city:berlin',
          articleIds: ['article:a'],
        },
      ],
    }).map((entity) => decodeGlobalID(entity.id).id);
    expect(touched.sort()).toEqual([
      'article:a',
      'city:berlin',
      'country:PL',
      'meeting:m',
      'outlet:o',
      'person:p',
      'person:q',
    ]);
  });
});
