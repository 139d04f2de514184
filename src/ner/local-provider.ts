import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Jdk } from '../local-services/java.js';
import { JvmService, type ServiceState } from '../local-services/jvm-process.js';
import { ensureJars, withLock } from '../local-services/maven.js';
import { pickPort } from '../local-services/ports.js';
import { CoreNlpClient } from './client.js';
import { coreNlpJars } from './jars.js';
import { CORENLP_VERSION } from './paths.js';

// Runs the Stanford CoreNLP server from its Maven Central jars with a local JDK (handed out on its
// loopback URL), with only the German tokenizer, sentence splitter, multi-word tokens and NER loaded (the German
// properties file's default pipeline would also load POS tagging and dependency parsing). Detached so
// it outlives `npm run ner -- start`; state.json remembers its pid and URL.

export interface LocalCoreNlpOptions {
  home: string;
  /** NER_LOCAL_DIR: where the jars are resolved to (dist/<version>/lib). */
  localDir: string;
  jdk: Jdk;
  mavenCommand: string;
  /** 0: any free port. */
  preferredPort: number;
  heap: string;
  threads: number;
  /** The server's own per-request timeout. */
  requestTimeoutMs: number;
  log: (line: string) => void;
  version?: string;
  startTimeoutMs?: number;
}

export interface CoreNlpInstance extends ServiceState {
  url: string;
}

export interface CoreNlpStatus {
  running: boolean;
  url?: string;
  detail: string;
}

// Only the NER annotators (the German properties file's default pipeline also loads POS and parsing).
const PROPERTIES_FILE = new URL('./corenlp-german-ner.properties', import.meta.url);

const HOME_MARKER = '-Dnews-graph.corenlp.home=';

export class LocalCoreNlpProvider {
  readonly logFile: string;
  private readonly service: JvmService<CoreNlpInstance>;

  constructor(private readonly options: LocalCoreNlpOptions) {
    this.logFile = join(options.home, 'corenlp.log');
    this.service = new JvmService({
      name: 'CoreNLP',
      home: options.home,
      logFile: this.logFile,
      homeMarker: `${HOME_MARKER}${options.home}`,
      log: options.log,
    });
  }

  get home(): string {
    return this.options.home;
  }

  get stateFile(): string {
    return this.service.stateFile;
  }

  /** Starts the server (or finds it running) and returns once it has annotated a sentence. */
  async start(): Promise<CoreNlpInstance> {
    const found = await this.runningInstance();
    if (found) return found;
    mkdirSync(this.options.home, { recursive: true });
    return withLock(join(this.options.home, 'start.lock'), async () => {
      const again = await this.runningInstance();
      if (again) return again;
      return this.launch();
    });
  }

  async stop(): Promise<void> {
    await this.service.stop(30_000);
  }

  async status(): Promise<CoreNlpStatus> {
    const running = await this.runningInstance();
    return running
      ? {
          running: true,
          url: running.url,
          detail: `CoreNLP ${running.version}, pid ${running.pid}, log ${this.logFile}`,
        }
      : { running: false, detail: `not running (home ${this.options.home})` };
  }

  /** The instance state.json names, if its process is alive (no HTTP probe: cheap enough for every batch). */
  aliveInstance(): CoreNlpInstance | null {
    return this.service.aliveState();
  }

  private async runningInstance(): Promise<CoreNlpInstance | null> {
    const state = this.aliveInstance();
    if (!state) return null;
    return (await ready(state.url)) ? state : null;
  }

  private async launch(): Promise<CoreNlpInstance> {
    const { home, jdk, log } = this.options;
    const version = this.options.version ?? CORENLP_VERSION;
    const lib = await ensureJars(
      coreNlpJars(this.options.localDir, version),
      this.options.mavenCommand,
      log,
    );
    const port = await pickPort(this.options.preferredPort);
    const propertiesFile = join(home, 'corenlp-german-ner.properties');
    copyFileSync(PROPERTIES_FILE, propertiesFile);
    // The server binds all interfaces; the loopback URL is the only one we hand out.
    const url = `http://127.0.0.1:${port}`;
    log(
      `Starting CoreNLP ${version} German NER (Java ${jdk.major}, heap ${this.options.heap}) on ${url} …`,
    );
    const pid = await this.service.launch({
      java: jdk.java,
      args: [
        `-Xmx${this.options.heap}`,
        `${HOME_MARKER}${home}`,
        '-Dfile.encoding=UTF-8',
        '-cp',
        `${lib}/*`,
        'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
        '-port',
        String(port),
        '-serverProperties',
        propertiesFile,
        '-preload',
        'tokenize,ssplit,mwt,germanner,pos,depparse',
        '-threads',
        String(this.options.threads),
        '-timeout',
        String(this.options.requestTimeoutMs),
        '-maxCharLength',
        '1000000',
        '-quiet',
      ],
      ready: () => this.annotatesAt(url),
      timeoutMs: this.options.startTimeoutMs ?? 180_000,
    });
    const state: CoreNlpInstance = { pid, url, version, startedAt: new Date().toISOString() };
    this.service.remember(state);
    return state;
  }

  /** /ready answers once the HTTP server is up; a real sentence proves the models load. */
  private async annotatesAt(url: string): Promise<boolean> {
    if (!(await ready(url))) return false;
    const probe = new CoreNlpClient({ url, timeoutMs: 60_000 });
    const [spans] = await probe.annotate(['Angela Merkel besuchte Berlin.']);
    if (!spans?.some((span) => span.label === 'PERSON')) {
      throw new Error(
        `CoreNLP at ${url} answered, but found no person in its readiness sentence. Log tail:\n${this.service.logTail()}`,
      );
    }
    return true;
  }
}

/** True when the server's /ready answers 200. */
export async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
