import { findSupportedJdk } from '../local-services/java.js';
import { jarsResolved, MAVEN, mavenAnswers } from '../local-services/maven.js';
import type { Config } from '../config.js';
import { coreNlpJars } from './jars.js';
import { LocalCoreNlpProvider } from './local-provider.js';
import { coreNlpInstanceDir } from './paths.js';
import { RemoteNer, SupervisedLocalNer } from './supervisor.js';
import { type NerService, NoNerProviderError } from './types.js';

export { CoreNlpClient, planBatches, spansFromAnswer } from './client.js';
export { LocalCoreNlpProvider } from './local-provider.js';
export { CORENLP_VERSION } from './paths.js';
export { RemoteNer, SupervisedLocalNer } from './supervisor.js';
export type { NerFailure, NerLabel, NerService, NerSpan } from './types.js';
export { NER_LABELS, NerUnavailableError, NoNerProviderError } from './types.js';

export interface OpenNer {
  /** null when NER=off: ingest runs its rules alone. */
  ner: NerService | null;
  /** Releases the client. A local server keeps running (warm for the next command); `npm run ner -- stop` stops it. */
  close(): Promise<void>;
}

export interface OpenNerOptions {
  /** Local provider: start the server now (default) or at the first annotate(). */
  start?: 'eager' | 'lazy';
}

const INSTALL_HINT =
  'German NER needs a Stanford CoreNLP server. Either set NER_URL to a running one (e.g. the `corenlp` service of docker-compose), ' +
  'or install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk-headless`, or set JAVA_HOME to one) with Apache Maven ' +
  '(`apt-get install maven`), from which the project resolves CoreNLP and its German models from Maven Central on first start. ' +
  'Or set NER=off to run the ingest rules alone.';

/** What keeps the local provider from running here, or null; kept free of I/O so it is unit-tested. */
export function localNerProblem(facts: {
  jdk: boolean;
  maven: boolean;
  jarsPresent: boolean;
}): string | null {
  if (!facts.jdk)
    return `No JDK 17 or 21 was found (JAVA_HOME, PATH, /usr/lib/jvm). ${INSTALL_HINT}`;
  if (!facts.jarsPresent && !facts.maven)
    return `Maven (mvn) is not on PATH to resolve the CoreNLP jars. ${INSTALL_HINT}`;
  return null;
}

/** The local provider for this checkout (.corenlp/instances/default), or NoNerProviderError saying what to install. */
export async function localCoreNlpProvider(
  config: Config,
  log: (line: string) => void,
): Promise<LocalCoreNlpProvider> {
  const jdk = findSupportedJdk();
  const jarsPresent = jarsResolved(coreNlpJars(config.NER_LOCAL_DIR));
  const problem = localNerProblem({
    jdk: jdk !== null,
    jarsPresent,
    maven: jdk !== null && !jarsPresent && (await mavenAnswers()),
  });
  if (problem || !jdk) throw new NoNerProviderError(problem ?? 'no JDK');
  return new LocalCoreNlpProvider({
    home: coreNlpInstanceDir(config.NER_LOCAL_DIR, 'default'),
    localDir: config.NER_LOCAL_DIR,
    jdk,
    mavenCommand: MAVEN,
    preferredPort: 9000,
    heap: config.NER_LOCAL_HEAP,
    threads: config.NER_LOCAL_THREADS,
    requestTimeoutMs: config.NER_TIMEOUT_MS,
    log,
  });
}

/** The NER the configuration asks for: none (NER=off), the server at NER_URL, or a supervised local one. */
export async function openNer(
  config: Config,
  log: (line: string) => void,
  options: OpenNerOptions = {},
): Promise<OpenNer> {
  if (config.NER === 'off') return { ner: null, close: async () => {} };
  const concurrency = config.NER_LOCAL_THREADS;
  if (config.NER_URL) {
    const remote = new RemoteNer({
      url: config.NER_URL,
      timeoutMs: config.NER_TIMEOUT_MS,
      concurrency,
    });
    return { ner: withParser(remote, config.PARSER === 'on'), close: async () => {} };
  }
  const provider = await localCoreNlpProvider(config, log);
  const ner = new SupervisedLocalNer(provider, {
    timeoutMs: config.NER_TIMEOUT_MS,
    concurrency,
    log,
  });
  if ((options.start ?? 'eager') === 'eager') await ner.ensureRunning();
  return { ner: withParser(ner, config.PARSER === 'on'), close: async () => {} };
}

/** The service as is, or (PARSER=off) the NER alone: meetings are then read by the rules alone. */
function withParser(ner: NerService, on: boolean): NerService {
  if (on) return ner;
  return {
    annotate: (texts) => ner.annotate(texts),
    describe: () => `${ner.describe()}; parser off (PARSER=off)`,
  };
}
