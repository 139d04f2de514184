import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boltAnswers, waitForBolt } from './bolt.js';
import type { Jdk } from './java.js';
import { ensureJars } from './jars.js';
import { NEO4J_VERSION } from './paths.js';
import { pickPort } from './ports.js';
import type { LocalNeo4jProvider, Neo4jConnection, ProviderStatus } from './types.js';

// Runs Neo4j Community from its Maven Central jars with a local JDK: the same entry point and
// JVM options as Neo4j's own launcher, Bolt on loopback only, HTTP off, auth off (the server is
// reachable from this machine only). The process is detached so it outlives `npm run neo4j start`;
// state.json remembers its pid and Bolt URI.

export interface JarProviderOptions {
  home: string;
  jdk: Jdk;
  mavenCommand: string;
  preferredPort: number;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
  version?: string;
  startTimeoutMs?: number;
}

interface InstanceState {
  pid: number;
  uri: string;
  version: string;
  startedAt: string;
}

// From Neo4j's launcher for Java 17/21; the add-opens are required, the rest match its defaults.
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dfile.encoding=UTF-8',
];

const ANONYMOUS = { user: 'neo4j', password: 'unused-auth-disabled' };

export class JarNeo4jProvider implements LocalNeo4jProvider {
  readonly kind = 'jar' as const;
  private readonly stateFile: string;
  private readonly logFile: string;

  constructor(private readonly options: JarProviderOptions) {
    this.stateFile = join(options.home, 'state.json');
    this.logFile = join(options.home, 'logs', 'console.log');
  }

  async start(): Promise<Neo4jConnection> {
    const running = await this.runningInstance();
    if (running) return { uri: running.uri, ...ANONYMOUS };

    const { home, jdk, log } = this.options;
    const version = this.options.version ?? NEO4J_VERSION;
    const lib = await ensureJars(this.options.mavenCommand, log, version);
    const port = await pickPort(this.options.preferredPort);
    if (this.options.preferredPort !== 0 && port !== this.options.preferredPort)
      log(`Port ${this.options.preferredPort} is taken; using ${port}.`);

    for (const dir of ['conf', 'data', 'logs', 'run'])
      mkdirSync(join(home, dir), { recursive: true });
    writeFileSync(join(home, 'conf', 'neo4j.conf'), this.configuration(port));
    writeFileSync(this.logFile, '');

    const out = openSync(this.logFile, 'a');
    const child = spawn(
      jdk.java,
      [
        '-cp',
        `${lib}/*`,
        ...JVM_OPTIONS,
        `-Xms${this.options.heap}`,
        `-Xmx${this.options.heap}`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${home}`,
        `--config-dir=${join(home, 'conf')}`,
        '--console-mode',
      ],
      { detached: true, stdio: ['ignore', out, out], cwd: home },
    );
    if (child.pid === undefined) throw new Error(`Could not start ${jdk.java}`);
    child.unref();

    const uri = `bolt://127.0.0.1:${port}`;
    log(`Starting Neo4j ${version} (Java ${jdk.major}, pid ${child.pid}) on ${uri} …`);
    await this.waitForStarted(child.pid, child);
    await waitForBolt({ uri, ...ANONYMOUS });
    const state: InstanceState = {
      pid: child.pid,
      uri,
      version,
      startedAt: new Date().toISOString(),
    };
    writeFileSync(this.stateFile, JSON.stringify(state, null, 2));
    return { uri, ...ANONYMOUS };
  }

  async stop(): Promise<void> {
    const state = this.readState();
    if (state && this.isOurProcess(state.pid)) {
      process.kill(state.pid, 'SIGTERM');
      await this.waitForExit(state.pid, 60_000);
    }
    rmSync(this.stateFile, { force: true });
  }

  async status(): Promise<ProviderStatus> {
    const running = await this.runningInstance();
    return running
      ? {
          running: true,
          provider: 'jar',
          uri: running.uri,
          detail: `pid ${running.pid}, data in ${join(this.options.home, 'data')}`,
        }
      : { running: false, provider: 'jar', detail: `not running (home ${this.options.home})` };
  }

  async reset(): Promise<void> {
    const wasRunning = (await this.runningInstance()) !== null;
    await this.stop();
    rmSync(join(this.options.home, 'data'), { recursive: true, force: true });
    if (wasRunning) await this.start();
  }

  private configuration(port: number): string {
    return [
      `server.bolt.listen_address=127.0.0.1:${port}`,
      `server.bolt.advertised_address=127.0.0.1:${port}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=false',
      `server.memory.pagecache.size=${this.options.pageCache}`,
      'dbms.usage_report.enabled=false',
      'server.directories.data=data',
      'server.directories.logs=logs',
      'server.directories.run=run',
      '',
    ].join('\n');
  }

  private readState(): InstanceState | null {
    if (!existsSync(this.stateFile)) return null;
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as InstanceState;
    } catch {
      return null;
    }
  }

  private async runningInstance(): Promise<InstanceState | null> {
    const state = this.readState();
    if (!state || !this.isOurProcess(state.pid)) return null;
    return (await boltAnswers({ uri: state.uri, ...ANONYMOUS })) ? state : null;
  }

  /** Guards against pid reuse: the pid must be alive and, where /proc exists, be our Neo4j. */
  private isOurProcess(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const cmdline = `/proc/${pid}/cmdline`;
    if (!existsSync(cmdline)) return true;
    return readFileSync(cmdline, 'utf8').includes(`--home-dir=${this.options.home}`);
  }

  private waitForStarted(pid: number, child: ReturnType<typeof spawn>): Promise<void> {
    const timeoutMs = this.options.startTimeoutMs ?? 120_000;
    return new Promise((resolve, reject) => {
      let exitCode: number | null = null;
      child.once('exit', (code) => {
        exitCode = code ?? -1;
      });
      const started = Date.now();
      const timer = setInterval(() => {
        const logText = existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
        if (/\bStarted\.\s*$/m.test(logText)) {
          clearInterval(timer);
          resolve();
        } else if (exitCode !== null) {
          clearInterval(timer);
          reject(
            new Error(
              `Neo4j exited with code ${exitCode} before it started. Log tail:\n${logText.slice(-2500)}`,
            ),
          );
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(timer);
          try {
            process.kill(pid, 'SIGTERM');
          } catch {}
          reject(
            new Error(
              `Neo4j did not log "Started." within ${timeoutMs / 1000}s. Log tail:\n${logText.slice(-2500)}`,
            ),
          );
        }
      }, 250);
    });
  }

  private async waitForExit(pid: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    process.kill(pid, 'SIGKILL');
    this.options.log(`Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000}s; killed it.`);
  }
}
