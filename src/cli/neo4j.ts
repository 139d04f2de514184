import { localNeo4jProvider, NoNeo4jProviderError } from '../local-neo4j/index.js';
import { ConfigError, loadConfig } from '../config.js';

// npm run neo4j -- start|stop|status|reset : the local Neo4j used when NEO4J_URI is unset.

const USAGE = 'usage: npm run neo4j -- start|stop|status|reset';

async function main(command: string | undefined): Promise<number> {
  if (!command || !['start', 'stop', 'status', 'reset'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const provider = await localNeo4jProvider({
    preference: config.NEO4J_PROVIDER,
    heap: config.NEO4J_LOCAL_HEAP,
    pageCache: config.NEO4J_LOCAL_PAGECACHE,
    localDir: config.NEO4J_LOCAL_DIR,
  });
  switch (command) {
    case 'start': {
      const connection = await provider.start();
      console.log(`Neo4j is running (${provider.kind}): ${connection.uri}`);
      return 0;
    }
    case 'stop':
      await provider.stop();
      console.log(`Neo4j (${provider.kind}) stopped.`);
      return 0;
    case 'status': {
      const status = await provider.status();
      console.log(
        status.running
          ? `running (${status.provider}) at ${status.uri} — ${status.detail}`
          : `${status.detail}`,
      );
      return status.running ? 0 : 3;
    }
    default:
      await provider.reset();
      console.log(`Neo4j (${provider.kind}): all data deleted.`);
      return 0;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof NoNeo4jProviderError || error instanceof ConfigError)
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
