import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

// Every Cypher statement lives in cypher/<name>.cypher; code refers to it by name.
const cypherDir = join(projectRoot, 'cypher');
const cache = new Map<string, string>();

/**
 * The statement in cypher/<name>.cypher, without its comment lines: they are for readers, and
 * sent with every call they were most of a statement's bytes (search/all: 1.5 KB, two Bolt chunks).
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = withoutCommentLines(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'));
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
