import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSchema, createYoga } from 'graphql-yoga';
import { createDriver } from '../../src/graph/driver.js';
import { allowStatementsUnder } from '../../src/graph/cypher.js';
import { QueryRunner } from '../../src/graph/runner.js';

allowStatementsUnder('bench');

// A GraphQL server with look-ahead at its most favourable, for bench/experiments/lookahead-bound.ts:
// graphql-yoga over a plain graphql-js schema, no plugins, no connections, and each operation
// answered by the floor's own statement (one for the whole document, whatever its depth), the
// nested fields resolved from its rows. No real server can be leaner than this and still speak
// GraphQL; what it costs above the floor is what GraphQL itself costs.

process.setSourceMapsEnabled(false);
const { values } = parseArgs({ options: { port: { type: 'string' } } });
const uri = process.env.NEO4J_URI;
if (!uri || !values.port) throw new Error('lookahead-bound-server.ts needs NEO4J_URI and --port');

const driver = createDriver({
  uri,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  log: () => {},
});
const runner = new QueryRunner(driver, process.env.NEO4J_DATABASE ?? 'neo4j', 60_000);
const named = (names: unknown) => (names as string[]).map((name) => ({ name }));
const titled = (titles: unknown) => (titles as string[]).map((title) => ({ title }));

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      latestArticles: [Article!]!
      countryMeetings(countryId: ID!): [Meeting!]!
    }
    type Article { title: String! entities: [Entity!]! }
    type Entity { name: String! }
    type Meeting { date: String participants: [Entity!]! reportedBy: [Article!]! }
  `,
  resolvers: {
    Query: {
      latestArticles: async () =>
        (await runner.read('bench/operations/latest-articles/floor')).map((row) => ({
          title: row.title,
          entities: named(row.entities),
        })),
      countryMeetings: async (_root: unknown, args: { countryId: string }) =>
        (
          await runner.read('bench/operations/country-meetings/floor', {
            countryId: args.countryId,
          })
        ).map((row) => ({
          date: row.date,
          participants: named(row.participants),
          reportedBy: titled(row.reportedBy),
        })),
    },
  },
});

const yoga = createYoga({ schema, logging: false, graphqlEndpoint: '/graphql' });
createServer((request, response) => {
  if (request.url === '/bench/memory') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ rss: process.memoryUsage.rss() }));
    return;
  }
  yoga(request, response);
}).listen(Number(values.port), '127.0.0.1');
