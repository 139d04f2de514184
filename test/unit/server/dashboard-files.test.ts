import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDashboard } from '../../../src/server/web-assets.js';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: {} });

function serve(dir: string, onMissing: (message: string) => void = () => {}) {
  return createYoga({ schema, logging: false, plugins: [useDashboard(onMissing, dir)] });
}

// The server serves whatever `npm run build` left in web/dist/, from memory, with the types and
// caching a browser needs; it never builds anything itself.
describe('useDashboard', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-files-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'app-1.css'), 'body{}');
    writeFileSync(join(dir, 'assets', 'notes.txt'), 'not served');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page at / and /index.html, revalidated on every load', async () => {
    const yoga = serve(dir);
    for (const path of ['/', '/index.html']) {
      const response = await yoga.fetch(`http://localhost${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('/assets/app-1.js');
    }
  });

  it('serves the fingerprinted assets with their types as immutable', async () => {
    const yoga = serve(dir);
    const js = await yoga.fetch('http://localhost/assets/app-1.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    const css = await yoga.fetch('http://localhost/assets/app-1.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await yoga.fetch('http://localhost/assets/app-1.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for assets it does not have or of a type it does not serve', async () => {
    const yoga = serve(dir);
    expect((await yoga.fetch('http://localhost/assets/app-2.js')).status).toBe(404);
    expect((await yoga.fetch('http://localhost/assets/notes.txt')).status).toBe(404);
  });

  it('leaves GraphQL to Yoga', async () => {
    const response = await serve(dir).fetch('http://localhost/graphql?query={ok}');
    expect(await response.json()).toEqual({ data: { ok: null } });
  });

  it('without a build, says how to build it and still serves GraphQL', async () => {
    const told: string[] = [];
    const yoga = serve(join(dir, 'missing'), (message) => told.push(message));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('npm run build');
    const response = await yoga.fetch('http://localhost/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('The dashboard is not built');
    expect((await yoga.fetch('http://localhost/graphql?query={ok}')).status).toBe(200);
  });
});
