import { join } from 'node:path';

// Everything the local CoreNLP needs lives under one folder (NER_LOCAL_DIR, default .corenlp/,
// gitignored): the jars, resolved once and reused, and one folder per instance with its
// properties, log and state.json.
export const CORENLP_VERSION = '4.5.10';

export const coreNlpDistDir = (localDir: string, version = CORENLP_VERSION) =>
  join(localDir, 'dist', version);
export const coreNlpInstanceDir = (localDir: string, name: string) =>
  join(localDir, 'instances', name);
