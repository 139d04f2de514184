import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

// Everything the local Neo4j needs lives under .neo4j/ (gitignored): the jars, resolved once and
// reused, and one folder per instance with its config, data and logs.
export const NEO4J_VERSION = '5.26.30';
export const DOCKER_IMAGE = 'neo4j:5.26-community';

export const localNeo4jRoot = process.env.NEWS_GRAPH_NEO4J_DIR ?? join(projectRoot, '.neo4j');
export const distDir = (version = NEO4J_VERSION) => join(localNeo4jRoot, 'dist', version);
export const instanceDir = (name: string) => join(localNeo4jRoot, 'instances', name);
