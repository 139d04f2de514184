import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, withLock } from '../local-neo4j/jars.js';
import { CORENLP_VERSION, coreNlpDistDir } from './paths.js';

// Resolves CoreNLP and its German models into .corenlp/dist/<version>/lib with Maven, the way the
// Neo4j jars are: a staging folder renamed into place, under a lock shared by concurrent starters.

const POM_TEMPLATE = new URL('./corenlp-runtime.pom.xml', import.meta.url);

export function coreNlpLibDir(version = CORENLP_VERSION): string {
  return join(coreNlpDistDir(version), 'lib');
}

export function coreNlpJarsPresent(version = CORENLP_VERSION): boolean {
  const lib = coreNlpLibDir(version);
  if (!existsSync(lib)) return false;
  const names = readdirSync(lib);
  return (
    names.includes(`stanford-corenlp-${version}.jar`) &&
    names.includes(`stanford-corenlp-${version}-models-german.jar`)
  );
}

/** Makes sure the jars are on disk; returns the lib folder. */
export async function ensureCoreNlpJars(
  mavenCommand: string,
  log: (line: string) => void,
  version = CORENLP_VERSION,
): Promise<string> {
  if (coreNlpJarsPresent(version)) return coreNlpLibDir(version);
  const dist = coreNlpDistDir(version);
  mkdirSync(dist, { recursive: true });
  return withLock(`${dist}.lock`, async () => {
    if (coreNlpJarsPresent(version)) return coreNlpLibDir(version);
    log(
      `Resolving Stanford CoreNLP ${version} with its German models from Maven Central into ${dist} (once, about 210 MB) …`,
    );
    const started = Date.now();
    const staging = join(dist, `lib.partial-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    copyFileSync(POM_TEMPLATE, join(dist, 'pom.xml'));
    const { code, output } = await run(
      mavenCommand,
      [
        '-B',
        '-q',
        'dependency:copy-dependencies',
        `-Dcorenlp.version=${version}`,
        '-DincludeScope=runtime',
        `-DoutputDirectory=${staging}`,
      ],
      dist,
    );
    if (code !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(
        `Maven could not resolve edu.stanford.nlp:stanford-corenlp:${version} (exit ${code}):\n${output.slice(-3000)}`,
      );
    }
    rmSync(coreNlpLibDir(version), { recursive: true, force: true });
    renameSync(staging, coreNlpLibDir(version));
    log(
      `CoreNLP ${version}: ${readdirSync(coreNlpLibDir(version)).length} jars ready in ${((Date.now() - started) / 1000).toFixed(0)}s.`,
    );
    return coreNlpLibDir(version);
  });
}
