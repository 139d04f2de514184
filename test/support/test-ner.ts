import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSupportedJdk } from '../../src/local-services/java.js';
import { LocalCoreNlpProvider } from '../../src/ner/local-provider.js';
import { NoNerProviderError } from '../../src/ner/types.js';
import { loadConfig } from '../../src/config.js';

// The CoreNLP a test run uses: NER_URL if set; else a throwaway local server from the project's
// cached jars, in a temp folder on a free port. Never a fake: if none can start, the run fails saying why.

export interface TestNer {
  url: string;
  how: string;
  stop(): Promise<void>;
}

/** A local CoreNLP of its own in a temp folder (also used by tests that kill it). */
export function throwawayCoreNlp(log: (line: string) => void, prefix = 'news-graph-test-ner-') {
  const jdk = findSupportedJdk();
  if (!jdk) {
    throw new NoNerProviderError(
      'Integration tests need a CoreNLP server for German NER: set NER_URL, or install a JDK 17/21 with Maven (the jars come from Maven Central).',
    );
  }
  const home = mkdtempSync(join(tmpdir(), prefix));
  const provider = new LocalCoreNlpProvider({
    home,
    localDir: loadConfig().NER_LOCAL_DIR,
    jdk,
    mavenCommand: 'mvn',
    preferredPort: 0,
    heap: '2g',
    threads: 2,
    requestTimeoutMs: 30_000,
    log,
  });
  return {
    provider,
    jdk,
    dispose: async () => {
      await provider.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function startTestNer(log: (line: string) => void): Promise<TestNer> {
  if (process.env.NER_URL)
    return {
      url: process.env.NER_URL,
      how: `NER_URL=${process.env.NER_URL}`,
      stop: async () => {},
    };
  const { provider, jdk, dispose } = throwawayCoreNlp(log);
  try {
    const instance = await provider.start();
    return {
      url: instance.url,
      how: `CoreNLP jars, Java ${jdk.major}, ${instance.url}`,
      stop: dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
