import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../../src/project-root.js';

// A server as users run it: `npm start`'s entry point in a process of its own, on the suite's
// Neo4j and CoreNLP, on a free port. For the scale-out tests, where processes share only Neo4j and Redis.

export interface ServerProcess {
  url: string;
  /** What the process wrote to stderr (its warnings), for a failing test's message. */
  log: string[];
  stop(): Promise<void>;
}

export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  const neo4j = inject('neo4j');
  const child: ChildProcess = spawn(
    join(projectRoot, 'node_modules/.bin/tsx'),
    ['src/cli/start.ts'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: '0',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NER_URL: inject('ner').url,
        SEED_ON_START: 'false',
        // The first page writes the whole catalog, slow on a cold database on a busy machine.
        CYPHER_TIMEOUT_MS: '60000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  child.stderr?.on('data', (data: Buffer) => log.push(data.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`server process did not listen within ${timeoutMs} ms:\n${log.join('')}`)),
      timeoutMs,
    );
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      const match = out.match(/listening at (http:\/\/\S+\/graphql)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with code ${code}:\n${log.join('')}`));
    });
  });
  const readyUrl = url.replace(/\/graphql$/, '/ready');
  const deadline = Date.now() + timeoutMs;
  while (
    (await fetch(readyUrl).then(
      (response) => response.status,
      () => 0,
    )) !== 200
  ) {
    if (Date.now() > deadline)
      throw new Error(`server process not ready within ${timeoutMs} ms:\n${log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
