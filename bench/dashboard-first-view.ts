import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { openGraph } from '../src/cli/open-graph.js';
import { loadConfig } from '../src/config.js';
import { QueryRunner } from '../src/graph/runner.js';
import { projectRoot } from '../src/project-root.js';
import { startGraphServer } from '../src/server/graph-server.js';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { launchChromium, timeFirstView, watchPage } from '../test/support/browser.js';

// npm run bench:dashboard: the dashboard's first view in Chromium on the graph that is loaded
// (e.g. after `npm run generate -- --articles 100000 --reset`), timed as the browser test times
// it on the seed graph. Writes bench/DASHBOARD.md.

async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const response = await fetch(url.replace(/\/graphql$/, '/ready')).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become ready within 2 minutes');
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SEED_ON_START: 'false',
  });
  const graph = await openGraph(config, (line) => console.error(line));
  const [counts] = await new QueryRunner(graph.driver, config.NEO4J_DATABASE, 60_000).read(
    'admin/counts',
  );
  const labels = ((counts?.labels ?? []) as { label: string; count: number }[])
    .map((entry) => `${entry.count} ${entry.label}`)
    .join(', ');
  // The server serves web/dist/ as built: build it first when missing or older than web/.
  await buildDashboard({ ifStale: true });
  const server = await startGraphServer(graph.driver, config, {});
  const session = await launchChromium();
  try {
    await waitUntilReady(server.url);
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = await watchPage(page);
    const load = loadavg().map((value) => value.toFixed(2));
    const view = await timeFirstView(page, server.url.replace(/\/graphql$/, '/'), 5);
    if (watch.errors.length > 0 || watch.outside.length > 0)
      throw new Error(
        `the dashboard misbehaved: ${JSON.stringify({ errors: watch.errors, outside: watch.outside })}`,
      );
    const sorted = [...view.loadsMs].sort((a, b) => a - b);
    const report = [
      '# Dashboard first view (`npm run bench:dashboard`)',
      '',
      `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus().length} cores, load average ${load.join(' / ')} before the loads.`,
      `Graph: ${labels}.`,
      'Server: this process, production settings (NODE_ENV=production), on the graph loaded; Chromium (Debian) headless, 1280×900, one untimed load first.',
      'First view: from navigation to the overview drawn (totals, articles per week, the most named by kind, the meetings map, latest articles).',
      '',
      '| loads | fastest ms | median ms | slowest ms |',
      '|---:|---:|---:|---:|',
      `| ${sorted.length} | ${sorted[0]} | ${sorted[Math.floor(sorted.length / 2)]} | ${sorted.at(-1)} |`,
      '',
      'Each load:',
      '',
      ...view.details.map((line) => `- ${line}`),
      '',
    ].join('\n');
    writeFileSync(join(projectRoot, 'bench', 'DASHBOARD.md'), report);
    console.log(report);
  } finally {
    await session.close();
    await server.close();
    await graph.driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
