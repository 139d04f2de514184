import type { JarSet } from '../local-services/maven.js';
import { distDir, NEO4J_VERSION } from './paths.js';

// org.neo4j:neo4j and its runtime dependencies, resolved by src/local-services/maven.ts.

export function neo4jJars(localDir: string, version = NEO4J_VERSION): JarSet {
  return {
    label: `Neo4j ${version}`,
    coordinates: `org.neo4j:neo4j:${version}`,
    dist: distDir(localDir, version),
    pomTemplate: new URL('./neo4j-runtime.pom.xml', import.meta.url),
    properties: { 'neo4j.version': version },
    complete: (_lib, names) =>
      names.some((name) => name.startsWith('neo4j-') && name.endsWith('.jar')),
  };
}
