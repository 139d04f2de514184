import { type ChildProcess, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { withLock } from '../local-neo4j/jars.js';
import type { Jdk } from '../local-neo4j/java.js';
import { pickPort } from '../local-neo4j/ports.js';
import { CoreNlpClient } from './client.js';
import { ensureCoreNlpJars } from './jars.js';
import { CORENLP_VERSION } from './paths.js';

// Runs the Stanford CoreNLP server from its Maven Central jars with a local JDK (handed out on its
// loopback URL), with only the German tokenizer, sentence splitter, multi-word tokens and NER loaded (the German
// properties file's default pipeline would also load POS tagging and dependency parsing). Detached so
// it outlives `npm run ner -- start`; state.json remembers its pid and URL.

export interface LocalCoreNlpOptions {
  home: string;
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

export interface CoreNlpInstance {
  pid: number;
  url: string;
  version: string;
  startedAt: string;
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
  readonly stateFile: string;
  readonly logFile: string;

  constructor(private readonly options: LocalCoreNlpOptions) {
    this.stateFile = join(options.home, 'state.json');
    this.logFile = join(options.home, 'corenlp.log');
  }

  get home(): string {
    return this.options.home;
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
    const state = this.readState();
    if (state && this.isOurProcess(state.pid)) {
      process.kill(state.pid, 'SIGTERM');
      await this.waitForExit(state.pid, 30_000);
    }
    rmSync(this.stateFile, { force: true });
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
    const state = this.readState();
    return state && this.isOurProcess(state.pid) ? state : null;
  }

  private async runningInstance(): Promise<CoreNlpInstance | null> {
    const state = this.aliveInstance();
    if (!state) return null;
    return (await ready(state.url)) ? state : null;
  }

  private async launch(): Promise<CoreNlpInstance> {
    const { home, jdk, log } = this.options;
    const version = this.options.version ?? CORENLP_VERSION;
    const lib = await ensureCoreNlpJars(this.options.mavenCommand, log, version);
    const port = await pickPort(this.options.preferredPort);
    const propertiesFile = join(home, 'corenlp-german-ner.properties');
    copyFileSync(PROPERTIES_FILE, propertiesFile);
    writeFileSync(this.logFile, '');
    const out = openSync(this.logFile, 'a');
    const child = spawn(
      jdk.java,
      [
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
        'tokenize,ssplit,mwt,ner,pos,depparse',
        '-threads',
        String(this.options.threads),
        '-timeout',
        String(this.options.requestTimeoutMs),
        '-maxCharLength',
        '1000000',
        '-quiet',
      ],
      { detached: true, stdio: ['ignore', out, out], cwd: home },
    );
    if (child.pid === undefined) throw new Error(`Could not start ${jdk.java}`);
    child.unref();
    // The server binds all interfaces; the loopback URL is the only one we hand out.
    const url = `http://127.0.0.1:${port}`;
    log(
      `Starting CoreNLP ${version} German NER (Java ${jdk.major}, pid ${child.pid}, heap ${this.options.heap}) on ${url} …`,
    );
    await this.waitForReady(url, child);
    const state: CoreNlpInstance = {
      pid: child.pid,
      url,
      version,
      startedAt: new Date().toISOString(),
    };
    writeFileSync(this.stateFile, JSON.stringify(state, null, 2));
    return state;
  }

  private async waitForReady(url: string, child: ChildProcess): Promise<void> {
    const timeoutMs = this.options.startTimeoutMs ?? 180_000;
    let exitCode: number | null = null;
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : -1);
    });
    const deadline = Date.now() + timeoutMs;
    const logTail = () =>
      existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').slice(-2500) : '';
    while (Date.now() < deadline) {
      if (exitCode !== null)
        throw new Error(
          `CoreNLP exited with code ${exitCode} before it was ready. Log tail:\n${logTail()}`,
        );
      if (await ready(url)) {
        // /ready answers once the HTTP server is up; a real sentence proves the models load.
        const probe = new CoreNlpClient({ url, timeoutMs: 60_000 });
        const [spans] = await probe.annotate(['Angela Merkel besuchte Berlin.']);
        if (!spans?.some((span) => span.label === 'PERSON')) {
          throw new Error(
            `CoreNLP at ${url} answered, but found no person in its readiness sentence. Log tail:\n${logTail()}`,
          );
        }
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    try {
      if (child.pid) process.kill(child.pid, 'SIGTERM');
    } catch {}
    throw new Error(`CoreNLP was not ready within ${timeoutMs / 1000}s. Log tail:\n${logTail()}`);
  }

  private readState(): CoreNlpInstance | null {
    if (!existsSync(this.stateFile)) return null;
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as CoreNlpInstance;
    } catch {
      return null;
    }
  }

  /** Guards against pid reuse: alive and, where /proc exists, our CoreNLP for this home. */
  private isOurProcess(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const proc = `/proc/${pid}`;
    if (!existsSync(proc)) return process.platform !== 'linux';
    try {
      if (/^State:\s+Z/m.test(readFileSync(join(proc, 'status'), 'utf8'))) return false;
      return readFileSync(join(proc, 'cmdline'), 'utf8').includes(
        `${HOME_MARKER}${this.options.home}`,
      );
    } catch {
      return false;
    }
  }

  private async waitForExit(pid: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.isOurProcess(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    process.kill(pid, 'SIGKILL');
    this.options.log(`CoreNLP (pid ${pid}) did not stop within ${timeoutMs / 1000}s; killed it.`);
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
