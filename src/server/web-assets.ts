import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import type { renderGraphiQL as renderBundledGraphiQL } from '@graphql-yoga/render-graphiql';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../project-root.js';

// GraphiQL from a package that inlines its scripts, styles and Monaco workers into the page:
// Yoga's default loads them from a CDN, a white page without internet.

export interface ExampleOperation {
  /** The operation's name, e.g. MeetingsInIstanbul. */
  name: string;
  /** schema/examples/<file>. */
  file: string;
  query: string;
}

/** Every named operation of schema/examples/*.graphql, file by file. */
export function exampleOperations(
  examplesDir = join(projectRoot, 'schema', 'examples'),
): ExampleOperation[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(join(examplesDir, file), 'utf8');
      return parse(source).definitions.flatMap((definition) => {
        if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.loc) return [];
        const text = source.slice(definition.loc.start, definition.loc.end);
        const name = definition.name?.value ?? 'anonymous';
        return [{ name, file, query: `# schema/examples/${file}\n${text}\n` }];
      });
    });
}

type Options = NonNullable<Parameters<typeof renderBundledGraphiQL>[0]>;

/**
 * GraphiQL options: one tab with the default query. The examples come from a picker above the
 * editor (renderGraphiQL), not as tabs: GraphiQL 5 keeps the editor's text when switching tabs.
 */
export function graphiqlOptions(defaultQuery: string): Options {
  return { title: 'news-graph', defaultQuery };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A plain GET form: picking an example reloads GraphiQL with ?query=…, which Yoga's GraphiQL opens
// in a tab of its own. It works with the keyboard and even before the editor's script has run.
function examplePicker(): string {
  const groups = new Map<string, ExampleOperation[]>();
  for (const operation of exampleOperations()) {
    groups.set(operation.file, [...(groups.get(operation.file) ?? []), operation]);
  }
  const options = [...groups]
    .map(([file, operations]) => {
      const items = operations
        .map((o) => `<option value="${escapeHtml(o.query)}">${escapeHtml(o.name)}</option>`)
        .join('');
      return `<optgroup label="${escapeHtml(file)}">${items}</optgroup>`;
    })
    .join('');
  return `<form id="examples" method="get" action="/graphql" role="search" aria-label="Example operations">
  <a href="/">Dashboard</a>
  <label for="example-query">Example</label>
  <select id="example-query" name="query"><option value="" disabled selected>Pick one of schema/examples …</option>${options}</select>
  <button type="submit">Open in the editor</button>
</form>
<style>
  #examples { display: flex; gap: .5rem; align-items: center; padding: .35rem .75rem; font: 14px system-ui, sans-serif;
    border-bottom: 1px solid #ccc; height: 2.5rem; box-sizing: border-box; }
  #examples a { margin-right: auto; }
  #examples select, #examples button { font: inherit; padding: .15rem .4rem; }
  #root { height: calc(100vh - 2.5rem) !important; }
</style>
<script>
  const picker = document.getElementById('example-query');
  // A submitted form sends line breaks as CRLF.
  const opened = new URLSearchParams(location.search).get('query')?.replaceAll(String.fromCharCode(13), '');
  if (opened && [...picker.options].some((option) => option.value === opened)) picker.value = opened;
  picker.addEventListener('change', () => picker.form.submit());
</script>`;
}

// The page is about 9 MB of inlined assets: the package is loaded at the first GraphiQL request,
// not at start (a server nobody opens GraphiQL on never holds it), and rendered once per options.
const rendered = new Map<string, string>();
export async function renderGraphiQL(options: Options): Promise<string> {
  const key = JSON.stringify(options);
  let page = rendered.get(key);
  if (page === undefined) {
    const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
    page = render(options).replace(/(<body[^>]*>)/, `$1\n${examplePicker()}`);
    rendered.set(key, page);
  }
  return page;
}

// The analyst dashboard (web/): bundled by esbuild into web/dist/ at the first start after its
// sources (or the lockfile) change, then served from memory at / by the GraphQL process.

export const webDir = join(projectRoot, 'web');
const distDir = join(webDir, 'dist');

export interface DashboardAssets {
  /** Path (as requested) → body and content type. */
  files: Map<string, { body: Buffer; type: string }>;
  /** The sources' fingerprint the bundle was built from. */
  fingerprint: string;
  /** True when this call bundled; false when web/dist/ was already current. */
  built: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (name === 'dist' || name.startsWith('.')) return [];
      return statSync(path).isDirectory() ? sourceFiles(path) : [path];
    })
    .sort();
}

/** A hash of web/'s sources and the lockfile: the bundle is rebuilt when it changes. */
export function dashboardFingerprint(): string {
  const hash = createHash('sha256');
  for (const path of [...sourceFiles(webDir), join(projectRoot, 'package-lock.json')]) {
    if (!existsSync(path)) continue;
    hash.update(relative(projectRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function readDist(fingerprint: string, built: boolean): DashboardAssets {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(distDir)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (!type) continue;
    const body = readFileSync(join(distDir, name));
    files.set(name === 'index.html' ? '/' : `/assets/${name}`, { body, type });
  }
  return { files, fingerprint, built };
}

async function bundle(fingerprint: string): Promise<void> {
  const { build } = await import('esbuild');
  const staging = join(webDir, `.dist-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    await build({
      entryPoints: { [`app-${fingerprint}`]: join(webDir, 'src', 'main.tsx') },
      outdir: staging,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      loader: { '.json': 'json' },
      legalComments: 'none',
      logLevel: 'silent',
      tsconfig: join(webDir, 'tsconfig.json'),
    });
    const page = readFileSync(join(webDir, 'index.html'), 'utf8')
      .replaceAll('%APP_JS%', `/assets/app-${fingerprint}.js`)
      .replaceAll('%APP_CSS%', `/assets/app-${fingerprint}.css`);
    writeFileSync(join(staging, 'index.html'), page);
    writeFileSync(join(staging, 'fingerprint'), fingerprint);
    // Swapped in whole, so a concurrent start never reads half a bundle.
    rmSync(distDir, { recursive: true, force: true });
    try {
      renameSync(staging, distDir);
    } catch (error) {
      // Another process swapped in its bundle between the two calls: fine if it is of these sources.
      const theirs = join(distDir, 'fingerprint');
      if (!existsSync(theirs) || readFileSync(theirs, 'utf8') !== fingerprint) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The built dashboard: web/dist/ when it matches the sources, bundled anew otherwise. */
export async function buildDashboard(): Promise<DashboardAssets> {
  const fingerprint = dashboardFingerprint();
  const stamp = join(distDir, 'fingerprint');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint)
    return readDist(fingerprint, false);
  await bundle(fingerprint);
  return readDist(fingerprint, true);
}

let building: Promise<DashboardAssets> | undefined;
/** One build per process, started by the first server and shared by the others. */
export function dashboardAssets(): Promise<DashboardAssets> {
  building ??= buildDashboard();
  return building;
}

/** Serves the dashboard at / and its bundle at /assets/*; everything else goes on to Yoga. */
export function useDashboard(onError: (error: unknown) => void = () => {}): Plugin {
  const assets = dashboardAssets();
  assets.catch(onError);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (
        url.pathname !== '/' &&
        url.pathname !== '/index.html' &&
        !url.pathname.startsWith('/assets/')
      )
        return;
      let files: DashboardAssets['files'];
      try {
        files = (await assets).files;
      } catch (error) {
        endResponse(
          new fetchAPI.Response(`The dashboard could not be built: ${String(error)}\n`, {
            status: 500,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const file = files.get(url.pathname === '/index.html' ? '/' : url.pathname);
      if (!file) {
        endResponse(
          new fetchAPI.Response('Not found\n', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      // Bundles are named by fingerprint, so they never change under their name; the page may.
      const cache = url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
          headers: { 'content-type': file.type, 'cache-control': cache },
        }),
      );
    },
  };
}
