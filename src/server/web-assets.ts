import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
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

// The analyst dashboard: static files built from web/ by `npm run build` (scripts/build-dashboard.ts;
// `npm start` builds them when missing), read once and served from memory at / and /assets/*.

export const dashboardDir = join(projectRoot, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DashboardFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
}

/** Path (as requested) → file, or null when the dashboard has not been built into `dir`. */
export function readDashboard(dir = dashboardDir): Map<string, DashboardFile> | null {
  const page = join(dir, 'index.html');
  if (!existsSync(page)) return null;
  const files = new Map<string, DashboardFile>([
    ['/', { body: new Uint8Array(readFileSync(page)), type: TYPES['.html'] as string }],
  ]);
  const assets = join(dir, 'assets');
  for (const name of existsSync(assets) ? readdirSync(assets) : []) {
    const type = TYPES[extname(name)];
    if (type)
      files.set(`/assets/${name}`, {
        body: new Uint8Array(readFileSync(join(assets, name))),
        type,
      });
  }
  return files;
}

const text = (fetchAPI: { Response: typeof Response }, status: number, body: string) =>
  new fetchAPI.Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' },
  });

/**
 * Serves the built dashboard at / and /assets/*; everything else goes on to Yoga. Without a build
 * the GraphQL API still works and / says how to build the dashboard (`onMissing` is told once).
 */
export function useDashboard(
  onMissing: (message: string) => void = () => {},
  dir = dashboardDir,
): Plugin {
  const files = readDashboard(dir);
  const missing = `The dashboard is not built (no ${join(dir, 'index.html')}): run \`npm run build\`, or \`npm start\`, which builds it when missing.`;
  if (!files) onMissing(missing);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname === '/index.html' ? '/' : url.pathname;
      if (path !== '/' && !path.startsWith('/assets/')) return;
      if (!files) return endResponse(text(fetchAPI, 503, `${missing}\n`));
      const file = files.get(path);
      if (!file) return endResponse(text(fetchAPI, 404, 'Not found\n'));
      // Bundles are named by their sources' fingerprint, so they never change under their name;
      // the page may.
      const cache = path === '/' ? 'no-cache' : 'public, max-age=31536000, immutable';
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : file.body, {
          headers: { 'content-type': file.type, 'cache-control': cache },
        }),
      );
    },
  };
}
