import { DockerNeo4jProvider, dockerEngineAnswers } from './docker-provider.js';
import { JarNeo4jProvider } from './jar-provider.js';
import { findSupportedJdk } from '../local-services/java.js';
import { jarsResolved, MAVEN, mavenAnswers } from '../local-services/maven.js';
import { neo4jJars } from './jars.js';
import { instanceDir } from './paths.js';
import { type MachineFacts, NoNeo4jProviderError, selectProvider } from './select.js';
import type { LocalNeo4jProvider, ProviderKind } from './types.js';

export { NoNeo4jProviderError } from './select.js';
export type { LocalNeo4jProvider, Neo4jConnection, ProviderStatus } from './types.js';

export interface LocalNeo4jSettings {
  preference: 'auto' | ProviderKind;
  heap: string;
  pageCache: string;
  /** NEO4J_LOCAL_DIR: the jars, and the default instance folder. */
  localDir: string;
  /** Jar provider: the instance folder (default <localDir>/instances/default). */
  home?: string;
  preferredPort?: number;
  log?: (line: string) => void;
}

export async function gatherMachineFacts(
  preference: MachineFacts['preference'],
  localDir: string,
): Promise<MachineFacts> {
  const dockerEngine = preference === 'jar' ? false : await dockerEngineAnswers();
  const needJar = preference === 'jar' || !dockerEngine;
  const jdk = needJar ? findSupportedJdk() : null;
  const present = jarsResolved(neo4jJars(localDir));
  const maven = needJar && jdk !== null && !present ? await mavenAnswers() : false;
  return { preference, dockerEngine, jdk, maven, jarsPresent: present };
}

/** The provider this machine supports, or NoNeo4jProviderError saying what to install. */
export async function localNeo4jProvider(
  settings: LocalNeo4jSettings,
): Promise<LocalNeo4jProvider> {
  const log = settings.log ?? ((line: string) => console.error(line));
  const preferredPort = settings.preferredPort ?? 7687;
  const facts = await gatherMachineFacts(settings.preference, settings.localDir);
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
    home: settings.home ?? instanceDir(settings.localDir, 'default'),
    localDir: settings.localDir,
    jdk: facts.jdk,
    mavenCommand: MAVEN,
    preferredPort,
    heap: settings.heap,
    pageCache: settings.pageCache,
    log,
  });
}
