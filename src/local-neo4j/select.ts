import type { Jdk } from '../local-services/java.js';
import type { ProviderKind } from './types.js';

// Which way to run a local Neo4j, decided from what the machine offers. Kept free of I/O so the
// decision itself is unit-tested; index.ts gathers the facts.

export interface MachineFacts {
  preference: 'auto' | ProviderKind;
  dockerEngine: boolean;
  jdk: Jdk | null;
  /** Maven is needed only until the jars have been resolved once. */
  maven: boolean;
  jarsPresent: boolean;
}

export class NoNeo4jProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoNeo4jProviderError';
  }
}

const INSTALL_HINT =
  'This project needs a Neo4j 5.26 to run against. Either set NEO4J_URI to a running Neo4j 5.26, ' +
  'or install Docker (a running engine, not only the client) so it can start the neo4j:5.26-community image, ' +
  'or install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk-headless`, or set JAVA_HOME to one) together ' +
  'with Apache Maven (`apt-get install maven`), from which it resolves Neo4j from Maven Central on first start.';

export function selectProvider(facts: MachineFacts): ProviderKind {
  const jarPossible = facts.jdk !== null && (facts.maven || facts.jarsPresent);
  if (facts.preference === 'docker') {
    if (facts.dockerEngine) return 'docker';
    throw new NoNeo4jProviderError(
      `NEO4J_PROVIDER=docker, but no Docker engine answers. ${INSTALL_HINT}`,
    );
  }
  if (facts.preference === 'jar') {
    if (jarPossible) return 'jar';
    throw new NoNeo4jProviderError(`NEO4J_PROVIDER=jar, but ${jarProblem(facts)}. ${INSTALL_HINT}`);
  }
  if (facts.dockerEngine) return 'docker';
  if (jarPossible) return 'jar';
  throw new NoNeo4jProviderError(
    `No Docker engine answers, and ${jarProblem(facts)}. ${INSTALL_HINT}`,
  );
}

function jarProblem(facts: MachineFacts): string {
  if (facts.jdk === null) return 'no JDK 17 or 21 was found (JAVA_HOME, PATH, /usr/lib/jvm)';
  return 'Maven (mvn) is not on PATH to resolve the Neo4j jars';
}
