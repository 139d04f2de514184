import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

// Every production statement lives in cypher/<name>.cypher; code refers to it by name. What several
// statements share (a node type's record projection, a relation's page) is written once as a
// fragment in cypher/fragments/ and spliced in by name: `@article-record(a, $article)`. Bench and
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
 * The statement in cypher/<name>.cypher with its fragments spliced in, without comment lines: they
 * are for readers, and sent with every call they were most of a statement's bytes.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expandFragments(
      withoutCommentLines(readFileSync(statementFile(name), 'utf8')),
      readFragment,
    );
    cache.set(name, text);
  }
  return text;
}

function readFragment(name: string): string {
  return withoutCommentLines(readFileSync(join(cypherDir, 'fragments', `${name}.cypher`), 'utf8'));
}

// `@name(node, parts, row)`: the fragment's `node_` is the first argument (and `node_x`, its own
// variables, become `<node>_x`, so that they never capture a variable of the including statement),
// `parts_` the second (the parameter map saying what to read), and `@row_` the fragment named by
// the third (the record fragment of a relation's rows).
const INCLUDE = /@([a-z][a-z-]*)\(([^()]*)\)/g;

/** Splices fragments into a statement (recursively); `read` gives a fragment's text by name. */
export function expandFragments(text: string, read: (name: string) => string, depth = 0): string {
  if (depth > 8) throw new Error('Cypher fragments include each other too deeply (a cycle?)');
  return text.replace(INCLUDE, (_match, name: string, argList: string) => {
    const [node = '', parts = '', row = ''] = argList.split(',').map((arg) => arg.trim());
    const body = read(name).replace(/@row_\(/g, `@${row}(`);
    const substituted = body.replace(
      /\b(node_|parts_)(\w*)/g,
      (_m, placeholder: string, rest: string) => {
        if (placeholder === 'parts_') return `${parts}${rest}`;
        return rest ? `${node}_${rest}` : node;
      },
    );
    return expandFragments(substituted, read, depth + 1);
  });
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
