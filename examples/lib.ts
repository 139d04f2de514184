import { GraphQLClient } from '../src/client/graphql-client.js';

// What every example shares: the server (GRAPHQL_URL, GRAPHQL_TOKEN) and the paging helper.

export { allNodes } from '../src/client/paging.js';
export { GraphQLClient, GraphQLRequestError, withinCost } from '../src/client/graphql-client.js';

export const client = new GraphQLClient({
  url: process.env.GRAPHQL_URL || 'http://127.0.0.1:4000/graphql',
  token: process.env.GRAPHQL_TOKEN || undefined,
});

/** Stops the program with a message for its user. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
