import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type GraphServer, startGraphServer } from '../../src/server/graph-server.js';
import { testDriver } from './graph.js';

// The real HTTP server on a free loopback port, over the suite's Neo4j.
export async function startTestServer(env: Record<string, string> = {}): Promise<GraphServer> {
  const { uri } = inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_URI: uri,
    ...env,
  });
  return startGraphServer(testDriver(), config);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
