import { localCoreNlpProvider, NoNerProviderError } from '../ner/index.js';
import { ConfigError, loadConfig } from '../config.js';

// npm run ner -- start|stop|status : the local CoreNLP German NER used when NER_URL is unset.

const USAGE = 'usage: npm run ner -- start|stop|status';

async function main(command: string | undefined): Promise<number> {
  if (!command || !['start', 'stop', 'status'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (config.NER_URL)
    console.error(
      `Note: NER_URL=${config.NER_URL} is set, so ingest uses that server, not this local one.`,
    );
  const provider = await localCoreNlpProvider(config, (line) => console.error(line));
  switch (command) {
    case 'start': {
      const instance = await provider.start();
      console.log(`CoreNLP German NER is running: ${instance.url} (pid ${instance.pid})`);
      return 0;
    }
    case 'stop':
      await provider.stop();
      console.log('CoreNLP stopped.');
      return 0;
    default: {
      const status = await provider.status();
      console.log(status.running ? `running at ${status.url} — ${status.detail}` : status.detail);
      return status.running ? 0 : 3;
    }
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof NoNerProviderError || error instanceof ConfigError)
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
