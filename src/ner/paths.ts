import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

// Everything the local CoreNLP needs lives under .corenlp/ (gitignored): the jars, resolved once
// and reused, and one folder per instance with its properties, log and state.json.
export const CORENLP_VERSION = '4.5.10';

export const localCoreNlpRoot = process.env.NEWS_GRAPH_CORENLP_DIR ?? join(projectRoot, '.corenlp');
export const coreNlpDistDir = (version = CORENLP_VERSION) =>
  join(localCoreNlpRoot, 'dist', version);
export const coreNlpInstanceDir = (name: string) => join(localCoreNlpRoot, 'instances', name);
