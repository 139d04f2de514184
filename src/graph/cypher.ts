import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

// Every production statement lives in cypher/<name>.cypher; code refers to it by name. Bench and
// test code keep their statements beside them (bench/…, test/…) and name them by their path from
// the project root, once they have opened that folder with allowStatementsUnder: production never
// does, so it can reach nothing outside cypher/.
const cypherDir = join(projectRoot, 'cypher');
const cache = new Map<string, string>();
const NAME = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)+$/;
const openFolders = new Set<string>();

/** Lets statements named `<folder>/…` be read from <project>/<folder>/…: for bench and tests only. */
export function allowStatementsUnder(folder: 'bench' | 'test'): void {
  openFolders.add(folder);
}

function statementFile(name: string): string {
  if (!NAME.test(name)) throw new Error(`Not a statement name: ${JSON.stringify(name)}`);
  const folder = name.slice(0, name.indexOf('/'));
  return join(openFolders.has(folder) ? projectRoot : cypherDir, `${name}.cypher`);
}

/**
 * The statement in cypher/<name>.cypher, without its comment lines: they are for readers, and
 * sent with every call they were most of a statement's bytes (search/all: 1.5 KB, two Bolt chunks).
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = withoutCommentLines(readFileSync(statementFile(name), 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** Drops whole-line `//` comments and blank lines (a `//` after code is left alone). */
export function withoutCommentLines(source: string): string {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Names of the statements in one folder of cypher/, in file-name order. */
export function cypherFolder(folder: string): string[] {
  return readdirSync(join(cypherDir, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}
