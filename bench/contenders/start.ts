import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Config, loadConfig } from '../../src/config.js';
import { findFreePort } from '../../src/local-services/ports.js';
import { projectRoot } from '../../src/project-root.js';
import type { Contender } from '../operations/index.js';

// Starting the benchmark's HTTP servers, each in its own process, as the production image runs.

export interface BenchServer {
  name: string;
  /** Where GraphQL requests (or, for the floor, statement requests) go. */
  url: string;
  process: ChildProcess;
}

export interface Running extends BenchServer {
  contender: Contender;
}

/**
 * Runs `script --port <free port> …args` and waits until it answers GET /bench/memory (every
 * benchmark server does). NODE_ENV as in the production image: graphql-js reads it once, at
 * import, and outside production checks every instanceof for duplicate module realms.
 */
export async function startBenchServer(
  name: string,
  script: string,
  args: string[],
  neo4jUri: string,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await findFreePort();
  // TypeScript runs through tsx; compiled contenders run as they are.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, script, ...args, '--port', String(port)], {
    env: { ...process.env, ...env, NEO4J_URI: neo4jUri, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/bench/memory`)).ok)
        return { name, url: `${base}/graphql`, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

/** This server's settings in the benchmark: production, quiet, no seeding, a minute per transaction. */
export function benchServerConfig(port: number, extra: Record<string, string> = {}): Config {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_ON_START: 'false',
    MAX_COMPLEXITY: '1000000',
    // The same transaction timeout for every contender: a minute.
    CYPHER_TIMEOUT_MS: '60000',
    ...extra,
  });
}

/** POSTs a GraphQL request to a bench server: its data and the time to the parsed answer; throws on errors. */
export async function post(
  server: Pick<BenchServer, 'name' | 'url'>,
  body: string,
): Promise<{ ms: number; data: unknown }> {
  const started = performance.now();
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const result = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || result.errors)
    throw new Error(
      `${server.name}: ${response.status} ${JSON.stringify(result.errors ?? result)}`,
    );
  return { ms: performance.now() - started, data: result.data };
}

const buildDir = join(projectRoot, '.bench-build');
let compiled: Promise<void> | undefined;

/**
 * The contenders run as the production image runs this server: compiled JavaScript under plain
 * node (tsx would add its loader and its transformed sources to every process's memory).
 */
function compileContenders(): Promise<void> {
  compiled ??= new Promise<void>((resolve, reject) => {
    const tsc = spawn(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(projectRoot, 'bench', 'tsconfig.contenders.json'),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    tsc.on('error', reject);
    tsc.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`compiling the contenders failed (tsc exit ${code})`)),
    );
  });
  return compiled;
}

/** One of the contenders (contenders/serve.ts, compiled); `env` adds settings (src/config.ts). */
export async function startContender(
  contender: Contender,
  neo4jUri: string,
  env: Record<string, string> = {},
): Promise<Running> {
  await compileContenders();
  const script = join(buildDir, 'bench', 'contenders', 'serve.js');
  return {
    ...(await startBenchServer(contender, script, ['--contender', contender], neo4jUri, env)),
    contender,
  };
}
