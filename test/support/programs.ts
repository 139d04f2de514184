import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/project-root.js';

// Runs the project's programs (`npm run example`, `npm run export`) as a user does, against a
// server, and the real pages of ../shared/eval-pages that their tests ingest.

/** CI keeps a read-only copy of shared/ beside the clone, as the development machine does. */
export const evalPagesDir = resolve(projectRoot, '..', 'shared', 'eval-pages');

export function evalPageFiles(): string[] {
  if (!existsSync(evalPagesDir)) {
    throw new Error(
      `these tests ingest the real pages of ../shared/eval-pages, expected at ${evalPagesDir} ` +
        '(beside the project checkout); it is missing',
    );
  }
  return readdirSync(evalPagesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(evalPagesDir, name));
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- args` to its end. */
export function runScript(
  script: 'example' | 'export',
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<Finished> {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => {
    stdout += data.toString();
  });
  child.stderr.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  return new Promise((done, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`npm run ${script} ${args.join(' ')}: no exit within ${timeoutMs} ms\n${stderr}`),
      );
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** A long-running program (follow), read line by line while it runs. */
export interface Running {
  stdout: string[];
  stderr: string[];
  /** Resolves once a line of stdout or stderr matches, or fails after timeoutMs. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

export function startExample(args: string[], env: Record<string, string>): Running {
  // tsx directly (what `npm run example` runs), in a process group of its own to stop it whole.
  const child: ChildProcess = spawn(
    join(projectRoot, 'node_modules/.bin/tsx'),
    ['examples/run.ts', ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const stdout: string[] = [];
  const stderr: string[] = [];
  const listeners = new Set<() => void>();
  const collect = (into: string[]) => {
    let partial = '';
    return (data: Buffer) => {
      const lines = (partial + data.toString()).split('\n');
      partial = lines.pop() ?? '';
      into.push(...lines);
      for (const listener of listeners) listener();
    };
  };
  child.stdout?.on('data', collect(stdout));
  child.stderr?.on('data', collect(stderr));
  let exited = false;
  child.once('exit', () => {
    exited = true;
    for (const listener of listeners) listener();
  });
  return {
    stdout,
    stderr,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((done, reject) => {
        const check = () => {
          const line = [...stdout, ...stderr].find((entry) => pattern.test(entry));
          if (line !== undefined) finish(() => done(line));
          else if (exited)
            finish(() => reject(new Error(`exited before ${pattern}:\n${stderr.join('\n')}`)));
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stderr.join('\n')}`)),
            ),
          timeoutMs,
        );
        const finish = (then: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          then();
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (exited || child.pid === undefined) return;
      const gone = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([gone, new Promise((done) => setTimeout(done, 5_000))]);
    },
  };
}
