import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { waitForBolt } from './bolt.js';
import { CHECKPOINT_INTERVAL, DOCKER_IMAGE, TX_LOG_RETENTION } from './paths.js';
import { pickPort } from '../local-services/ports.js';
import type { LocalNeo4jProvider, Neo4jConnection, ProviderStatus } from './types.js';

// Runs Neo4j in a Docker container named news-graph-neo4j (by default) with its data in a named volume, Bolt
// published on loopback only and auth off, mirroring the jar provider.

const exec = promisify(execFile);
const DEFAULT_NAME = 'news-graph-neo4j';
const ANONYMOUS = { user: 'neo4j', password: 'unused-auth-disabled' };

/** True when a Docker engine (not just the client) answers. */
export async function dockerEngineAnswers(): Promise<boolean> {
  try {
    await exec('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

export class DockerNeo4jProvider implements LocalNeo4jProvider {
  readonly kind = 'docker' as const;

  private readonly container: string;
  private readonly volume: string;

  constructor(
    private readonly options: {
      preferredPort: number;
      heap: string;
      pageCache: string;
      log: (line: string) => void;
      /** Container name (its data volume is <name>-data); tests use their own. */
      name?: string;
    },
  ) {
    this.container = options.name ?? DEFAULT_NAME;
    this.volume = `${this.container}-data`;
  }

  async start(): Promise<Neo4jConnection> {
    const existing = await this.publishedUri();
    if (existing && (await this.isRunning())) {
      await waitForBolt({ uri: existing, ...ANONYMOUS });
      return { uri: existing, ...ANONYMOUS };
    }
    await exec('docker', ['rm', '-f', this.container]).catch(() => undefined);
    const port = await pickPort(this.options.preferredPort);
    this.options.log(
      `Starting ${DOCKER_IMAGE} as container ${this.container} on bolt://127.0.0.1:${port} …`,
    );
    await exec(
      'docker',
      [
        'run',
        '-d',
        '--name',
        this.container,
        '-p',
        `127.0.0.1:${port}:7687`,
        '-v',
        `${this.volume}:/data`,
        '-e',
        'NEO4J_AUTH=none',
        '-e',
        `NEO4J_server_memory_heap_max__size=${this.options.heap}`,
        '-e',
        `NEO4J_server_memory_pagecache_size=${this.options.pageCache}`,
        '-e',
        `NEO4J_db_tx__log_rotation_retention__policy=${TX_LOG_RETENTION}`,
        '-e',
        `NEO4J_db_checkpoint_interval_time=${CHECKPOINT_INTERVAL}`,
        DOCKER_IMAGE,
      ],
      { timeout: 600_000 },
    );
    const uri = `bolt://127.0.0.1:${port}`;
    await waitForBolt({ uri, ...ANONYMOUS }, 120_000);
    return { uri, ...ANONYMOUS };
  }

  async stop(): Promise<void> {
    await exec('docker', ['stop', '-t', '60', this.container], { timeout: 90_000 }).catch(
      () => undefined,
    );
    await exec('docker', ['rm', this.container]).catch(() => undefined);
  }

  async status(): Promise<ProviderStatus> {
    const uri = await this.publishedUri();
    const running = uri !== null && (await this.isRunning());
    return running
      ? {
          running: true,
          provider: 'docker',
          uri: uri ?? undefined,
          detail: `container ${this.container}, volume ${this.volume}`,
        }
      : { running: false, provider: 'docker', detail: `container ${this.container} not running` };
  }

  async reset(): Promise<void> {
    const wasRunning = await this.isRunning();
    await this.stop();
    await exec('docker', ['volume', 'rm', '-f', this.volume]).catch(() => undefined);
    if (wasRunning) await this.start();
  }

  private async isRunning(): Promise<boolean> {
    try {
      const { stdout } = await exec('docker', [
        'inspect',
        '-f',
        '{{.State.Running}}',
        this.container,
      ]);
      return stdout.trim() === 'true';
    } catch {
      return false;
    }
  }

  private async publishedUri(): Promise<string | null> {
    try {
      const { stdout } = await exec('docker', ['port', this.container, '7687/tcp']);
      const port = /:(\d+)\s*$/m.exec(stdout)?.[1];
      return port ? `bolt://127.0.0.1:${port}` : null;
    } catch {
      return null;
    }
  }
}
