import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerEngineAnswers } from '../../src/local-neo4j/docker-provider.js';
import { JarNeo4jProvider } from '../../src/local-neo4j/jar-provider.js';
import { findSupportedJdk } from '../../src/local-services/java.js';
import type { Neo4jConnection } from '../../src/local-neo4j/types.js';
import { NoNeo4jProviderError } from '../../src/local-neo4j/select.js';
import { loadConfig } from '../../src/config.js';

// The Neo4j a test run uses: NEO4J_URI if set; else a throwaway container (testcontainers) when a
// Docker engine answers; else a throwaway jar instance in a temp folder on a free port. Never a
// fake: if none can start, the error says why and the run fails.

export interface TestNeo4j {
  connection: Neo4jConnection;
  how: string;
  stop(): Promise<void>;
}

export async function startTestNeo4j(log: (line: string) => void): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    return {
      connection: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
      },
      how: `NEO4J_URI=${process.env.NEO4J_URI}`,
      stop: async () => {},
    };
  }
  const preference = process.env.NEO4J_PROVIDER ?? 'auto';
  if (preference !== 'jar' && (await dockerEngineAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    // bolt://, not neo4j://: the container advertises its inner port 7687, not the mapped one.
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withPassword('test-password')
      .start();
    return {
      connection: {
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password: container.getPassword(),
      },
      how: 'testcontainers neo4j:5.26-community',
      stop: async () => {
        await container.stop();
      },
    };
  }
  const jdk = findSupportedJdk();
  if (!jdk) {
    throw new NoNeo4jProviderError(
      'Integration tests need Neo4j: set NEO4J_URI, or run a Docker engine, or install a JDK 17/21 with Maven.',
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'news-graph-test-neo4j-'));
  const provider = new JarNeo4jProvider({
    home,
    localDir: loadConfig().NEO4J_LOCAL_DIR,
    jdk,
    mavenCommand: 'mvn',
    preferredPort: 0,
    heap: '1g',
    pageCache: '256m',
    log,
  });
  const started = await provider.start();
  // The routing scheme, as against a cluster: a single instance answers the routing request with
  // itself (it advertises the loopback port it listens on), so the whole suite runs through
  // neo4j:// routing, read and write access modes and bookmarks included.
  const connection = { ...started, uri: started.uri.replace(/^bolt:/, 'neo4j:') };
  return {
    connection,
    how: `Neo4j jars, Java ${jdk.major}, ${connection.uri}`,
    stop: async () => {
      await provider.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
