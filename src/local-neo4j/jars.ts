import { spawn } from 'node:child_process';
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
import { distDir, NEO4J_VERSION } from './paths.js';

// Resolves org.neo4j:neo4j and its runtime dependencies into .neo4j/dist/<version>/lib with Maven.
// Downloads go to a temporary folder renamed into place at the end, and a lock folder keeps two
// processes (a test run and `npm start`, say) from resolving at once.

const POM_TEMPLATE = new URL('./neo4j-runtime.pom.xml', import.meta.url);
const LOCK_STALE_MS = 10 * 60_000;

export function libDir(version = NEO4J_VERSION): string {
  return join(distDir(version), 'lib');
}

export function jarsPresent(version = NEO4J_VERSION): boolean {
  const lib = libDir(version);
  return (
    existsSync(lib) &&
    readdirSync(lib).some((name) => name.startsWith('neo4j-') && name.endsWith('.jar'))
  );
}

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

/** Makes sure the jars are on disk; returns the lib folder. `log` reports progress. */
export async function ensureJars(
  mavenCommand: string,
  log: (line: string) => void,
  version = NEO4J_VERSION,
): Promise<string> {
  if (jarsPresent(version)) return libDir(version);
  const dist = distDir(version);
  mkdirSync(dist, { recursive: true });
  return withLock(`${dist}.lock`, async () => {
    if (jarsPresent(version)) return libDir(version);
    log(`Resolving Neo4j ${version} jars from Maven Central into ${dist} (once) …`);
    const staging = join(dist, `lib.partial-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    copyFileSync(POM_TEMPLATE, join(dist, 'pom.xml'));
    const { code, output } = await run(
      mavenCommand,
      [
        '-B',
        '-q',
        'dependency:copy-dependencies',
        `-Dneo4j.version=${version}`,
        '-DincludeScope=runtime',
        `-DoutputDirectory=${staging}`,
      ],
      dist,
    );
    if (code !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(
        `Maven could not resolve org.neo4j:neo4j:${version} (exit ${code}):\n${output.slice(-3000)}`,
      );
    }
    rmSync(libDir(version), { recursive: true, force: true });
    renameSync(staging, libDir(version));
    log(`Neo4j ${version}: ${readdirSync(libDir(version)).length} jars ready.`);
    return libDir(version);
  });
}
