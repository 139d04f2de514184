import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The data path runs one way: ingest (text → plain data) → graph (Neo4j statements) → loading
// (pages written through the graph) → schema (GraphQL types) → server (HTTP). A room may import
// the rooms before it, never one after it. Run by `npm run lint`; exits 1 on any back-arrow.

export const LAYERS = ['ingest', 'graph', 'loading', 'schema', 'server'] as const;

export interface BackArrow {
  file: string;
  line: number;
  from: string;
  to: string;
  specifier: string;
}

const IMPORT =
  /(?<=^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The layer a path under srcDir belongs to, or null for rooms outside the layering (cli, ner…). */
function layerOf(srcDir: string, path: string): number {
  const room = relative(srcDir, path).split(sep)[0] ?? '';
  return (LAYERS as readonly string[]).indexOf(room);
}

/** Every relative import under srcDir that points from a layer into a later one. */
export function findBackArrows(srcDir: string): BackArrow[] {
  const arrows: BackArrow[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = layerOf(srcDir, file);
    if (from < 0) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) continue;
      const to = layerOf(srcDir, resolve(dirname(file), specifier));
      if (to <= from) continue;
      arrows.push({
        file: relative(srcDir, file),
        line: text.slice(0, match.index).split('\n').length,
        from: LAYERS[from] as string,
        to: LAYERS[to] as string,
        specifier,
      });
    }
  }
  return arrows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const arrows = findBackArrows(srcDir);
  for (const arrow of arrows) {
    console.error(
      `src/${arrow.file}:${arrow.line}: ${arrow.from} imports ${arrow.to} ('${arrow.specifier}'); ` +
        `allowed direction: ${LAYERS.join(' → ')}`,
    );
  }
  if (arrows.length > 0) {
    console.error(`check-layers: ${arrows.length} import(s) against the data path`);
    process.exit(1);
  }
  console.log(`check-layers: ${LAYERS.join(' → ')}, no back-arrows`);
}
