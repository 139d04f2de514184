import { parseArgs } from 'node:util';
import { PATCHED_METHODS, type PatchedMethod } from '../../src/graph/bolt-messages.js';
import { allowStatementsUnder } from '../../src/graph/cypher.js';
import { createDriver } from '../../src/graph/driver.js';
import { findFreePort } from '../../src/local-services/ports.js';
import { startGraphServer } from '../../src/server/graph-server.js';
import { benchServerConfig, post } from '../contenders/start.js';
import { OPERATIONS } from '../operations/index.js';
import { pickParameters } from '../parameters.js';
import { percentile } from '../stats.js';
import { patchSwitch } from './patch-switch.js';

allowStatementsUnder('bench');
// As the production image runs: no source-mapped stack traces (see contenders/serve.ts).
process.setSourceMapsEnabled(false);

// npm run bench:driver-patches-cpu [-- --rounds 12 --requests 10 --only a,b]
// The driver patches' cost and gain as CPU time per request, for a machine too busy for
// throughput to mean anything: this server in this process (production settings) answers each
// operation one request at a time, and the patches are swapped in and out of the driver's classes
// between batches of requests, every variant in every round, in rotating order. CPU time
// (process.cpuUsage) counts only this process's work (server, driver and the client's fetch
// alike in every variant), not the time it waits for the CPU or for Neo4j.

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '12' },
    requests: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const requests = Number(values.requests);
const operations = values.only
  ? OPERATIONS.filter((operation) => values.only?.split(',').includes(operation.name))
  : OPERATIONS;

interface Variant {
  name: string;
  off: PatchedMethod['patch'][];
}

const VARIANTS: Variant[] = [
  { name: 'all patches', off: [] },
  ...PATCHED_METHODS.map((entry) => ({ name: `without ${entry.patch}`, off: [entry.patch] })),
  { name: 'no patches', off: PATCHED_METHODS.map((entry) => entry.patch) },
];

async function main(): Promise<void> {
  const { labels, parameters, uri } = await pickParameters();
  const port = await findFreePort();
  const config = benchServerConfig(port);
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  // Every patch is applied by createDriver; the switch takes them out and puts them back.
  const setOff = patchSwitch(PATCHED_METHODS.map((entry) => entry.patch));
  const use = (variant: Variant) => setOff(variant.off);
  const server = await startGraphServer(driver, config);
  const target = { name: 'this-server', url: `http://127.0.0.1:${port}/graphql` };
  const cpu = new Map<string, number[]>();
  const wall = new Map<string, number[]>();
  try {
    for (const operation of operations) {
      const body = JSON.stringify(operation.graphql(parameters));
      for (let round = -1; round < rounds; round++) {
        for (let turn = 0; turn < VARIANTS.length; turn++) {
          const variant = VARIANTS[(turn + Math.max(0, round)) % VARIANTS.length] as Variant;
          use(variant);
          await post(target, body);
          const before = process.cpuUsage();
          const times: number[] = [];
          for (let request = 0; request < requests; request++)
            times.push((await post(target, body)).ms);
          const spent = process.cpuUsage(before);
          if (round < 0) continue;
          const key = `${operation.name}/${variant.name}`;
          cpu.set(key, [...(cpu.get(key) ?? []), (spent.user + spent.system) / 1000 / requests]);
          wall.set(key, [...(wall.get(key) ?? []), ...times]);
        }
      }
      console.error(`✓ ${operation.name}`);
    }
  } finally {
    use(VARIANTS[0] as Variant);
    await server.close();
    await driver.close();
  }
  const change = (was: number, is: number) => {
    const percent = ((is - was) / was) * 100;
    return `${percent > 0 ? '+' : ''}${percent.toFixed(0)} %`;
  };
  const allOn = VARIANTS[0] as Variant;
  const lines = [
    `Graph: ${labels.Article ?? 0} articles; Node ${process.version}. CPU ms of this process per request (median of ${rounds} batches of ${requests}), and p50 ms; the change is against all patches on (negative: cheaper or faster).`,
    '',
    `| operation | ${VARIANTS.map((variant) => variant.name).join(' | ')} |`,
    `|---|${VARIANTS.map(() => '---:').join('|')}|`,
  ];
  for (const operation of operations) {
    for (const [label, samples] of [
      ['CPU ms', cpu],
      ['p50 ms', wall],
    ] as const) {
      const figure = (variant: Variant) =>
        percentile(samples.get(`${operation.name}/${variant.name}`) ?? [], 50);
      lines.push(
        `| ${operation.name} ${label} | ${VARIANTS.map((variant) =>
          variant === allOn
            ? figure(variant).toFixed(2)
            : `${figure(variant).toFixed(2)} (${change(figure(allOn), figure(variant))})`,
        ).join(' | ')} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
