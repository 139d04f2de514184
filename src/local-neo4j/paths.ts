import { join } from 'node:path';

// Everything the local Neo4j needs lives under one folder (NEO4J_LOCAL_DIR, default .neo4j/,
// gitignored): the jars, resolved once and reused, and one folder per instance with its config,
// data and logs.
export const NEO4J_VERSION = '5.26.30';
export const DOCKER_IMAGE = 'neo4j:5.26-community';
/** How long a local instance keeps transaction logs it no longer needs, and how often it checkpoints. */
export const TX_LOG_RETENTION = '512M size';
export const CHECKPOINT_INTERVAL = '5m';

export const distDir = (localDir: string, version = NEO4J_VERSION) =>
  join(localDir, 'dist', version);
export const instanceDir = (localDir: string, name: string) => join(localDir, 'instances', name);
