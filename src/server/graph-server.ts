import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { QueryRunner } from '../graph/runner.js';
import type { GraphContext } from '../schema/context.js';
import { schema } from '../schema/index.js';
import type { Config } from './config.js';
import { useCypherStats } from './cypher-stats-plugin.js';

// HTTP in front of the schema: Yoga serves /graphql (GraphiQL on GET from a browser) and /health;
// each request gets its own QueryRunner, hence its own dataloaders and Cypher counts.

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
  close(): Promise<void>;
}

export function createGraphYoga(driver: Driver, config: Config) {
  return createYoga<Record<string, never>, GraphContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'news-graph', defaultQuery: EXAMPLE_QUERY },
    context: () => ({ runner: new QueryRunner(driver, config.NEO4J_DATABASE) }),
    plugins: [useCypherStats({ always: config.NODE_ENV === 'development' })],
    logging: config.LOG_LEVEL === 'silent' ? false : 'warn',
  });
}

export async function startGraphServer(driver: Driver, config: Config): Promise<GraphServer> {
  const yoga = createGraphYoga(driver, config);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  return {
    server,
    url: `http://${host}:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
