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
// the third (the record fragment of a relation's rows, or another part the includer chooses).
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

/**
 * A `CASE WHEN $path THEN … END` or `CASE WHEN $path IS NOT NULL THEN … END` (no ELSE) in a
 * statement: what a fragment reads only when the parts parameter at `path` asks for it.
 */
interface Guarded {
  start: number;
  end: number;
  path: string[];
  inner: Guarded[];
}

const GUARD = /CASE WHEN \$([\w.]+)( IS NOT NULL)? THEN\b/g;

/** The guarded expressions of a statement, outermost first (each with those inside it). */
export function guardedExpressions(text: string): Guarded[] {
  const found: Guarded[] = [];
  for (const match of text.matchAll(GUARD)) {
    const end = endOfCase(text, (match.index ?? 0) + match[0].length);
    if (end !== null)
      found.push({ start: match.index ?? 0, end, path: (match[1] ?? '').split('.'), inner: [] });
  }
  const outer: Guarded[] = [];
  const open: Guarded[] = [];
  for (const guarded of found) {
    while (open.length > 0 && (open.at(-1) as Guarded).end <= guarded.start) open.pop();
    (open.length > 0 ? (open.at(-1) as Guarded).inner : outer).push(guarded);
    open.push(guarded);
  }
  return outer;
}

// The index just past the END closing a CASE whose body starts at `from`, or null when the CASE
// has an ELSE of its own (it is then not a plain guard). String literals and names that merely
// contain the words are skipped.
function endOfCase(text: string, from: number): number | null {
  const words = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\b(CASE|END|ELSE)\b/g;
  words.lastIndex = from;
  let depth = 1;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    if (match[1] === 'CASE') depth += 1;
    else if (match[1] === 'ELSE' && depth === 1) return null;
    else if (match[1] === 'END') {
      depth -= 1;
      if (depth === 0) return match.index + match[0].length;
    }
  }
  return null;
}

function valueAt(params: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = params;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Whether a guard's part is left out by these parameters (false, null or absent). */
function leftOut(guarded: Guarded, params: Record<string, unknown>): boolean {
  const value = valueAt(params, guarded.path);
  return value === false || value === null || value === undefined;
}

const guardsOf = new Map<string, Guarded[]>();
const specialised = new Map<string, string>();

/**
 * The statement as sent for these parameters: a guarded part the parameters leave out is left out
 * of the text (a map entry with its key, anything else as `null`), so that the statement carries,
 * Neo4j plans and the records return only what this read asks for. Parameters stay parameters;
 * the few texts a statement takes are cached.
 */
export function cypherFor(name: string, params: Record<string, unknown>): string {
  const text = cypher(name);
  let guards = guardsOf.get(name);
  if (!guards) {
    guards = guardedExpressions(text);
    guardsOf.set(name, guards);
  }
  if (guards.length === 0) return text;
  const kept: string[] = [];
  const decide = (list: Guarded[]) => {
    for (const guarded of list) {
      const out = leftOut(guarded, params);
      kept.push(out ? '0' : '1');
      if (!out) decide(guarded.inner);
    }
  };
  decide(guards);
  const key = `${name}#${kept.join('')}`;
  let sent = specialised.get(key);
  if (sent === undefined) {
    sent = pruned(text, guards, 0, text.length, params);
    specialised.set(key, sent);
  }
  return sent;
}

// `, key: ` just before a guard: the guard is a map entry's value (never the first entry here).
const MAP_ENTRY_BEFORE = /,\s*\w+:\s*$/;

function pruned(
  text: string,
  guards: Guarded[],
  from: number,
  to: number,
  params: Record<string, unknown>,
): string {
  let out = '';
  let at = from;
  for (const guarded of guards) {
    const before = text.slice(at, guarded.start);
    if (!leftOut(guarded, params)) {
      out += before + pruned(text, guarded.inner, guarded.start, guarded.end, params);
    } else if (MAP_ENTRY_BEFORE.test(before)) {
      // A map entry leaves with its key: the record has no such key (read as absent).
      out += before.replace(MAP_ENTRY_BEFORE, '');
    } else {
      out += `${before}null`;
    }
    at = guarded.end;
  }
  return out + text.slice(at, to);
}

/** Names of the statements in one folder of cypher/, in file-name order. */
export function cypherFolder(folder: string): string[] {
  return readdirSync(join(cypherDir, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}
