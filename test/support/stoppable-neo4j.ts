import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DockerNeo4jProvider, dockerEngineAnswers } from '../../src/local-neo4j/docker-provider.js';
import { JarNeo4jProvider } from '../../src/local-neo4j/jar-provider.js';
import { findSupportedJdk } from '../../src/local-services/java.js';
import { findFreePort } from '../../src/local-services/ports.js';
import { NoNeo4jProviderError } from '../../src/local-neo4j/select.js';
import type { LocalNeo4jProvider, Neo4jConnection } from '../../src/local-neo4j/types.js';
import { loadConfig } from '../../src/config.js';

// A Neo4j of its own for fault tests, which stop and start it under a running server: the jars
// when a JDK is here (faster to restart), else a Docker container. Same port across restarts, so
// the server's driver finds it again. Never the suite's shared Neo4j.

export interface StoppableNeo4j {
  connection: Neo4jConnection;
  how: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startStoppableNeo4j(log: (line: string) => void): Promise<StoppableNeo4j> {
  const port = await findFreePort();
  const jdk = findSupportedJdk();
  let provider: LocalNeo4jProvider;
  let cleanup: () => Promise<void>;
  if (jdk) {
    const home = mkdtempSync(join(tmpdir(), 'news-graph-fault-neo4j-'));
    provider = new JarNeo4jProvider({
      home,
      localDir: loadConfig().NEO4J_LOCAL_DIR,
      jdk,
      mavenCommand: 'mvn',
      preferredPort: port,
      heap: '512m',
      pageCache: '128m',
      log,
    });
    cleanup = async () => rmSync(home, { recursive: true, force: true });
  } else if (await dockerEngineAnswers()) {
    const docker = new DockerNeo4jProvider({
      preferredPort: port,
      heap: '512m',
      pageCache: '128m',
      log,
      name: `news-graph-fault-${port}`,
    });
    provider = docker;
    cleanup = () => docker.reset();
  } else {
    throw new NoNeo4jProviderError(
      'The fault tests need a Neo4j they may stop: install a JDK 17/21 with Maven, or run a Docker engine.',
    );
  }
  const connection = await provider.start();
  if (!connection.uri.endsWith(`:${port}`))
    throw new Error(`Expected Neo4j on port ${port}, got ${connection.uri}`);
  return {
    connection,
    how: `${provider.kind} on ${connection.uri}`,
    stop: () => provider.stop(),
    start: async () => {
      const again = await provider.start();
      if (again.uri !== connection.uri)
        throw new Error(`Neo4j came back on ${again.uri}, not ${connection.uri}`);
    },
    dispose: async () => {
      await provider.stop();
      await cleanup();
    },
  };
}
