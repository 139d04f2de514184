import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Neo4j 5.26 runs on Java 17 or 21 only; machines often carry several JDKs (here a Java 25 one),
// so we look for a suitable one instead of trusting whatever `java` is first on PATH.
export const SUPPORTED_JAVA_MAJORS = [17, 21] as const;

export interface Jdk {
  home: string;
  major: number;
  java: string;
}

function majorFromReleaseFile(home: string): number | null {
  const release = join(home, 'release');
  if (!existsSync(release)) return null;
  const match = /JAVA_VERSION="(\d+)(?:\.(\d+))?/.exec(readFileSync(release, 'utf8'));
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function majorFromBinary(java: string): number | null {
  try {
    const out = execFileSync(java, ['-version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return parseJavaVersionOutput(out);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    return stderr ? parseJavaVersionOutput(stderr) : null;
  }
}

/** `java -version` prints to stderr; "1.8.0_x" means 8, "17.0.15" means 17. */
export function parseJavaVersionOutput(text: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function inspect(home: string): Jdk | null {
  const java = join(home, 'bin', 'java');
  if (!existsSync(java)) return null;
  const major = majorFromReleaseFile(home) ?? majorFromBinary(java);
  return major === null ? null : { home, major, java };
}

function javaOnPath(): string | null {
  try {
    const found = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    return found ? dirname(dirname(realpathSync(found))) : null;
  } catch {
    return null;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Candidate JDK homes in order of preference: JAVA_HOME, the java on PATH, then system folders. */
export function candidateJdkHomes(env: NodeJS.ProcessEnv = process.env): string[] {
  const homes = [
    env.JAVA_HOME,
    javaOnPath(),
    ...listDir('/usr/lib/jvm'),
    ...listDir('/Library/Java/JavaVirtualMachines').map((dir) => join(dir, 'Contents', 'Home')),
  ].filter((home): home is string => Boolean(home));
  return [...new Set(homes)];
}

/** The first JDK whose major version Neo4j 5.26 supports, or null. */
export function findSupportedJdk(env: NodeJS.ProcessEnv = process.env): Jdk | null {
  for (const home of candidateJdkHomes(env)) {
    const jdk = inspect(home);
    if (jdk && (SUPPORTED_JAVA_MAJORS as readonly number[]).includes(jdk.major)) return jdk;
  }
  return null;
}
