import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every package the code imports is declared in package.json: what src/ runs in production under
// `dependencies` (its type-only imports may come from devDependencies, @types/* included), the
// tests, benchmarks, scripts and the dashboard's sources under either. A package that is only
// there because another one brought it along breaks on that one's next release. Run by
// `npm run lint`; exits 1 on any undeclared import.

export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface Folder {
  /** relative to the project root */
  path: string;
  /** runs in production: its value imports must be in `dependencies` */
  runtime: boolean;
}

export interface UndeclaredImport {
  file: string;
  line: number;
  specifier: string;
  packageName: string;
  /** where it would have to be declared */
  needs: 'dependencies' | 'dependencies or devDependencies';
}

export const FOLDERS: Folder[] = [
  { path: 'src', runtime: true },
  { path: 'test', runtime: false },
  { path: 'bench', runtime: false },
  { path: 'scripts', runtime: false },
  { path: 'seeds', runtime: false },
  { path: 'web/src', runtime: false },
];

// import … from 'x', export … from 'x', import 'x', import('x'), require('x') and any
// createRequire-made function called require… ('x'), e.g. requireFromHere('x/lib/file.js').
const SPECIFIER =
  /(?<=^|[\s;{}(,=])(?:(import|export)(\s+type)?\s[^'";]*?from\s*|import\s*\(\s*|import\s+|require\w*\s*\(\s*)['"]([^'"\n]+)['"]/g;

const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names ('@scope/name' or 'name'); null for relative paths and Node's own modules. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return BUILTINS.has(name) ? null : name;
}

/** `@types/x` for `x`, `@types/scope__x` for `@scope/x`. */
function typesPackageOf(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

function sourceFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.(?:[cm]?ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import under `folders` (relative to `root`) of a package `manifest` does not declare. */
export function findUndeclaredImports(
  root: string,
  manifest: Manifest,
  folders: Folder[] = FOLDERS,
): UndeclaredImport[] {
  const runtimeDeclared = new Set(Object.keys(manifest.dependencies ?? {}));
  const declared = new Set([...runtimeDeclared, ...Object.keys(manifest.devDependencies ?? {})]);
  const found: UndeclaredImport[] = [];
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder.path))) {
      // Comment lines blanked (not removed, so line numbers hold): they may quote imports.
      const text = readFileSync(file, 'utf8').replace(/^[ \t]*(?:\/\/|\/?\*).*$/gm, '');
      for (const match of text.matchAll(SPECIFIER)) {
        const specifier = match[3] ?? '';
        const packageName = packageOf(specifier);
        if (packageName === null) continue;
        const typeOnly = match[2] !== undefined;
        const allowed =
          folder.runtime && !typeOnly
            ? runtimeDeclared.has(packageName)
            : declared.has(packageName) || (typeOnly && declared.has(typesPackageOf(packageName)));
        if (allowed) continue;
        found.push({
          file: relative(root, file),
          line: text.slice(0, match.index).split('\n').length,
          specifier,
          packageName,
          needs: folder.runtime && !typeOnly ? 'dependencies' : 'dependencies or devDependencies',
        });
      }
    }
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const undeclared = findUndeclaredImports(root, manifest);
  for (const entry of undeclared) {
    console.error(
      `${entry.file}:${entry.line}: imports '${entry.specifier}', but ${entry.packageName} is not in package.json's ${entry.needs}`,
    );
  }
  if (undeclared.length > 0) {
    console.error(`check-dependencies: ${undeclared.length} import(s) of undeclared packages`);
    process.exit(1);
  }
  console.log('check-dependencies: every imported package is declared');
}
