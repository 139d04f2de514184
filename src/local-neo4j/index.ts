import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DockerNeo4jProvider, dockerEngineAnswers } from './docker-provider.js';
import { JarNeo4jProvider } from './jar-provider.js';
import { findSupportedJdk } from './java.js';
import { jarsPresent } from './jars.js';
import { instanceDir } from './paths.js';
import { type MachineFacts, NoNeo4jProviderError, selectProvider } from './select.js';
import type { LocalNeo4jProvider, ProviderKind } from './types.js';

export { NoNeo4jProviderError } from './select.js';
export type { LocalNeo4jProvider, Neo4jConnection, ProviderStatus } from './types.js';

const exec = promisify(execFile);
const MAVEN = 'mvn';

export interface LocalNeo4jSettings {
  preference: 'auto' | ProviderKind;
  heap: string;
  pageCache: string;
  /** Jar provider: the instance folder (default .neo4j/instances/default). */
  home?: string;
  preferredPort?: number;
  log?: (line: string) => void;
}

async function mavenAnswers(): Promise<boolean> {
  try {
    await exec(MAVEN, ['-v'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export async function gatherMachineFacts(
  preference: MachineFacts['preference'],
): Promise<MachineFacts> {
  const dockerEngine = preference === 'jar' ? false : await dockerEngineAnswers();
  const needJar = preference === 'jar' || !dockerEngine;
  const jdk = needJar ? findSupportedJdk() : null;
  const present = jarsPresent();
  const maven = needJar && jdk !== null && !present ? await mavenAnswers() : false;
  return { preference, dockerEngine, jdk, maven, jarsPresent: present };
}

/** The provider this machine supports, or NoNeo4jProviderError saying what to install. */
export async function localNeo4jProvider(
  settings: LocalNeo4jSettings,
): Promise<LocalNeo4jProvider> {
  const log = settings.log ?? ((line: string) => console.error(line));
  const preferredPort = settings.preferredPort ?? 7687;
  const facts = await gatherMachineFacts(settings.preference);
  const kind = selectProvider(facts);
  if (kind === 'docker') {
    return new DockerNeo4jProvider({
      preferredPort,
      heap: settings.heap,
      pageCache: settings.pageCache,
      log,
    });
  }
  if (!facts.jdk) throw new NoNeo4jProviderError('internal: jar provider chosen without a JDK');
  return new JarNeo4jProvider({
    home: settings.home ?? instanceDir('default'),
    jdk: facts.jdk,
    mavenCommand: MAVEN,
    preferredPort,
    heap: settings.heap,
    pageCache: settings.pageCache,
    log,
  });
}
