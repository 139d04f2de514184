import type { JarSet } from '../local-services/maven.js';
import { CORENLP_VERSION, coreNlpDistDir } from './paths.js';

// Stanford CoreNLP and its German models, resolved by src/local-services/maven.ts.

export function coreNlpJars(localDir: string, version = CORENLP_VERSION): JarSet {
  return {
    label: `Stanford CoreNLP ${version} with its German models`,
    coordinates: `edu.stanford.nlp:stanford-corenlp:${version}`,
    dist: coreNlpDistDir(localDir, version),
    pomTemplate: new URL('./corenlp-runtime.pom.xml', import.meta.url),
    properties: { 'corenlp.version': version },
    complete: (_lib, names) =>
      names.includes(`stanford-corenlp-${version}.jar`) &&
      names.includes(`stanford-corenlp-${version}-models-german.jar`),
    sizeHint: 'about 210 MB',
  };
}
