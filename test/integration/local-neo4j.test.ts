import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { QueryRunner } from '../../src/graph/runner.js';
import { JarNeo4jProvider } from '../../src/local-neo4j/jar-provider.js';
import { findSupportedJdk } from '../../src/local-services/java.js';
import type { Neo4jConnection } from '../../src/local-neo4j/types.js';
import { loadConfig } from '../../src/config.js';

// The jar provider's whole life cycle on its own instance (beside the one the suite runs on).
const jdk = findSupportedJdk();

async function countNodes(connection: Neo4jConnection): Promise<number> {
  const driver = createDriver(connection);
  try {
    const [row] = await new QueryRunner(driver, 'neo4j').read('test/cypher/count-nodes');
    return Number(row?.nodes);
  } finally {
    await driver.close();
  }
}

describe.runIf(jdk)('jar provider', () => {
  if (!jdk) return;
  const home = mkdtempSync(join(tmpdir(), 'news-graph-provider-test-'));
  const lines: string[] = [];
  let blocker: Server | undefined;

  afterAll(async () => {
    blocker?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('starts on a free port when the preferred one is taken, and stops, resets, restarts', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(0, '127.0.0.1', resolve));
    const takenPort = (blocker.address() as { port: number }).port;
    const provider = new JarNeo4jProvider({
      home,
      localDir: loadConfig().NEO4J_LOCAL_DIR,
      jdk,
      mavenCommand: 'mvn',
      preferredPort: takenPort,
      heap: '512m',
      pageCache: '128m',
      log: (line) => lines.push(line),
    });

    const connection = await provider.start();
    expect(connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(connection.uri).not.toContain(`:${takenPort}`);
    expect(lines.join('\n')).toContain(`Port ${takenPort} is taken`);

    const status = await provider.status();
    expect(status).toMatchObject({ running: true, provider: 'jar', uri: connection.uri });

    // A second start finds the running instance instead of starting another.
    expect((await provider.start()).uri).toBe(connection.uri);

    const driver = createDriver(connection);
    await new QueryRunner(driver, 'neo4j').write('test/cypher/create-probe', {
      name: 'kept until reset',
    });
    await driver.close();
    expect(await countNodes(connection)).toBe(1);

    await provider.reset();
    const afterReset = await provider.status();
    expect(afterReset.running).toBe(true);
    expect(await countNodes({ ...connection, uri: afterReset.uri ?? connection.uri })).toBe(0);

    await provider.stop();
    expect((await provider.status()).running).toBe(false);
    await provider.stop(); // stopping a stopped instance is harmless
  }, 240_000);
});
