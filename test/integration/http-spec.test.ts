import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphServer } from '../../src/server/graph-server.js';
import { startTestServer } from '../support/server.js';

// The GraphQL-over-HTTP spec, audited by graphql-http's own suite against the running server.
// The audit is a client like any other: it sends the CSRF header this server requires on requests
// a browser would send without a preflight (GET, form content types).

describe('GraphQL over HTTP', () => {
  let server: GraphServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('passes every MUST of the graphql-http audit', async () => {
    const withCsrfHeader: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('x-graphql-yoga-csrf', '1');
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: server.url, fetchFn: withCsrfHeader });
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    const failed = musts
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    const shouldsFailed = results.filter(
      (result) => result.name.startsWith('SHOULD') && result.status !== 'ok',
    );
    if (shouldsFailed.length)
      console.error(
        `[graphql-http] SHOULDs not met:\n${shouldsFailed.map((r) => `  ${r.name}`).join('\n')}`,
      );
  });
});
