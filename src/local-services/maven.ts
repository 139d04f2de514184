import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The jars of a JVM service (Neo4j, CoreNLP), resolved with Maven from a pom template into
// <dist>/lib. Downloads go to a staging folder renamed into place at the end, and a lock folder
// keeps two processes (a test run and `npm start`, say) from resolving at once.

export const MAVEN = 'mvn';
const LOCK_STALE_MS = 10 * 60_000;

export interface JarSet {
  /** For messages: "Neo4j 5.26.30". */
  label: string;
  /** For messages: the Maven coordinates resolved. */
  coordinates: string;
  /** The folder the pom is copied to; the jars land in its lib/. */
  dist: string;
  pomTemplate: URL;
  /** Maven properties the pom reads (`-Dname=value`), e.g. the version. */
  properties: Record<string, string>;
  /** Whether a lib folder holds what the service needs. */
  complete(lib: string, names: string[]): boolean;
  /** Said once before resolving, e.g. "about 210 MB". */
  sizeHint?: string;
}

export const libOf = (jars: Pick<JarSet, 'dist'>): string => join(jars.dist, 'lib');

export function jarsResolved(jars: JarSet): boolean {
  const lib = libOf(jars);
  return existsSync(lib) && jars.complete(lib, readdirSync(lib));
}

/** Runs a command to its end, stdout and stderr together. */
export function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** `work` while holding the lock folder `lock` (taken over when older than ten minutes). */
export async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const stat = statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether Maven answers on this machine. */
export async function mavenAnswers(command = MAVEN): Promise<boolean> {
  try {
    await promisify(execFile)(command, ['-v'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** Makes sure the jars are on disk; returns the lib folder. `log` reports progress. */
export async function ensureJars(
  jars: JarSet,
  mavenCommand: string,
  log: (line: string) => void,
): Promise<string> {
  if (jarsResolved(jars)) return libOf(jars);
  mkdirSync(jars.dist, { recursive: true });
  return withLock(`${jars.dist}.lock`, async () => {
    if (jarsResolved(jars)) return libOf(jars);
    const size = jars.sizeHint ? `, ${jars.sizeHint}` : '';
    log(`Resolving ${jars.label} jars from Maven Central into ${jars.dist} (once${size}) …`);
    const started = Date.now();
    const staging = join(jars.dist, `lib.partial-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    copyFileSync(jars.pomTemplate, join(jars.dist, 'pom.xml'));
    const { code, output } = await run(
      mavenCommand,
      [
        '-B',
        '-q',
        'dependency:copy-dependencies',
        ...Object.entries(jars.properties).map(([name, value]) => `-D${name}=${value}`),
        '-DincludeScope=runtime',
        `-DoutputDirectory=${staging}`,
      ],
      jars.dist,
    );
    if (code !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(
        `Maven could not resolve ${jars.coordinates} (exit ${code}):\n${output.slice(-3000)}`,
      );
    }
    const lib = libOf(jars);
    rmSync(lib, { recursive: true, force: true });
    renameSync(staging, lib);
    log(
      `${jars.label}: ${readdirSync(lib).length} jars ready in ${((Date.now() - started) / 1000).toFixed(0)}s.`,
    );
    return lib;
  });
}
