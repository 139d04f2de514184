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
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { projectRoot } from '../src/project-root.js';

// The analyst dashboard (web/) bundled into static files under web/dist/: run by `npm run build`,
// by `npm start` (prestart, when web/dist/ is missing or older than its sources) and by the
// integration tests' global setup. The server only serves the result, so esbuild, preact and the
// map and chart libraries are dev dependencies and the server image carries none of them.

export const webDir = join(projectRoot, 'web');
export const dashboardDistDir = join(webDir, 'dist');

export interface DashboardBuild {
  /** The sources' fingerprint the files in web/dist/ were built from. */
  fingerprint: string;
  /** True when this call bundled; false when web/dist/ was already current. */
  built: boolean;
  /** How long the bundling took (0 when nothing was built). */
  ms: number;
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

/** A hash of web/'s sources and the lockfile: the bundle is stale when it changes. */
export function dashboardFingerprint(): string {
  const hash = createHash('sha256');
  for (const path of [...sourceFiles(webDir), join(projectRoot, 'package-lock.json')]) {
    if (!existsSync(path)) continue;
    hash.update(relative(projectRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundle(fingerprint: string): Promise<void> {
  const staging = join(webDir, `.dist-${process.pid}-${Date.now()}`);
  const assets = join(staging, 'assets');
  mkdirSync(assets, { recursive: true });
  try {
    await build({
      // Named by fingerprint: the server sends them as immutable, so a browser keeps them until
      // the sources change.
      entryPoints: { [`app-${fingerprint}`]: join(webDir, 'src', 'main.tsx') },
      outdir: assets,
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
    // Swapped in whole, so a server starting meanwhile never reads half a bundle.
    rmSync(dashboardDistDir, { recursive: true, force: true });
    try {
      renameSync(staging, dashboardDistDir);
    } catch (error) {
      // Another build swapped in its files between the two calls: fine if of these sources.
      if (builtFingerprint() !== fingerprint) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The fingerprint web/dist/ was built from, or null when it is missing. */
export function builtFingerprint(): string | null {
  const stamp = join(dashboardDistDir, 'fingerprint');
  return existsSync(stamp) ? readFileSync(stamp, 'utf8') : null;
}

/** Bundles web/ into web/dist/; with `ifStale`, only when web/dist/ is missing or out of date. */
export async function buildDashboard(options: { ifStale?: boolean } = {}): Promise<DashboardBuild> {
  const fingerprint = dashboardFingerprint();
  if (options.ifStale && builtFingerprint() === fingerprint)
    return { fingerprint, built: false, ms: 0 };
  const started = performance.now();
  await bundle(fingerprint);
  return { fingerprint, built: true, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDashboard({ ifStale: process.argv.includes('--if-stale') }).then(
    (result) =>
      console.error(
        result.built
          ? `Dashboard: built web/dist/ (${result.fingerprint}) in ${result.ms} ms`
          : `Dashboard: web/dist/ is current (${result.fingerprint})`,
      ),
    (error: unknown) => {
      console.error('Dashboard: the build failed:', error);
      process.exit(1);
    },
  );
}
