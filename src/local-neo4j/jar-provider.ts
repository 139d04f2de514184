import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Jdk } from '../local-services/java.js';
import { JvmService, type ServiceState } from '../local-services/jvm-process.js';
import { ensureJars } from '../local-services/maven.js';
import { pickPort } from '../local-services/ports.js';
import { boltAnswers, waitForBolt } from './bolt.js';
import { neo4jJars } from './jars.js';
import { CHECKPOINT_INTERVAL, NEO4J_VERSION, TX_LOG_RETENTION } from './paths.js';
import type { LocalNeo4jProvider, Neo4jConnection, ProviderStatus } from './types.js';

// Runs Neo4j Community from its Maven Central jars with a local JDK: the same entry point and
// JVM options as Neo4j's own launcher, Bolt on loopback only, HTTP off, auth off (the server is
// reachable from this machine only). The process is detached so it outlives `npm run neo4j start`;
// state.json remembers its pid and Bolt URI.

export interface JarProviderOptions {
  home: string;
  /** NEO4J_LOCAL_DIR: where the jars are resolved to (dist/<version>/lib). */
  localDir: string;
  jdk: Jdk;
  mavenCommand: string;
  preferredPort: number;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
  version?: string;
  startTimeoutMs?: number;
}

interface InstanceState extends ServiceState {
  uri: string;
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
  private readonly logFile: string;
  private readonly service: JvmService<InstanceState>;

  constructor(private readonly options: JarProviderOptions) {
    this.logFile = join(options.home, 'logs', 'console.log');
    this.service = new JvmService({
      name: 'Neo4j',
      home: options.home,
      logFile: this.logFile,
      homeMarker: `--home-dir=${options.home}`,
      log: options.log,
    });
  }

  async start(): Promise<Neo4jConnection> {
    const running = await this.runningInstance();
    if (running) return { uri: running.uri, ...ANONYMOUS };

    const { home, jdk, log } = this.options;
    const version = this.options.version ?? NEO4J_VERSION;
    const lib = await ensureJars(
      neo4jJars(this.options.localDir, version),
      this.options.mavenCommand,
      log,
    );
    const port = await pickPort(this.options.preferredPort);
    if (this.options.preferredPort !== 0 && port !== this.options.preferredPort)
      log(`Port ${this.options.preferredPort} is taken; using ${port}.`);

    for (const dir of ['conf', 'data', 'logs', 'run'])
      mkdirSync(join(home, dir), { recursive: true });
    writeFileSync(join(home, 'conf', 'neo4j.conf'), this.configuration(port));

    const uri = `bolt://127.0.0.1:${port}`;
    log(`Starting Neo4j ${version} (Java ${jdk.major}) on ${uri} …`);
    const pid = await this.service.launch({
      java: jdk.java,
      args: [
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
      // Neo4j logs "Started." once it serves; Bolt is checked after.
      ready: async () => /\bStarted\.\s*$/m.test(this.consoleLog()),
      timeoutMs: this.options.startTimeoutMs ?? 120_000,
    });
    await waitForBolt({ uri, ...ANONYMOUS });
    this.service.remember({ pid, uri, version, startedAt: new Date().toISOString() });
    return { uri, ...ANONYMOUS };
  }

  async stop(): Promise<void> {
    await this.service.stop(60_000);
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
      // A local database takes no backups: its old transaction logs go at the next checkpoint
      // instead of after two days (repeated `npm run generate` runs filled disks with them).
      `db.tx_log.rotation.retention_policy=${TX_LOG_RETENTION}`,
      `db.checkpoint.interval.time=${CHECKPOINT_INTERVAL}`,
      'dbms.usage_report.enabled=false',
      'server.directories.data=data',
      'server.directories.logs=logs',
      'server.directories.run=run',
      '',
    ].join('\n');
  }

  private consoleLog(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  private async runningInstance(): Promise<InstanceState | null> {
    const state = this.service.aliveState();
    if (!state) return null;
    return (await boltAnswers({ uri: state.uri, ...ANONYMOUS })) ? state : null;
  }
}
