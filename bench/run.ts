import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allowStatementsUnder } from '../src/graph/cypher.js';
import { projectRoot } from '../src/project-root.js';
import { type Running, startContender } from './contenders/start.js';
import { comparisonSection, reportMarkdown, runSection } from './markdown.js';
import { CONTENDERS, OPERATIONS } from './operations/index.js';
import { pickParameters } from './parameters.js';
import {
  readResult,
  resultSections,
  type RunResult,
  type RunSettings,
  writeResult,
} from './results.js';
import { measure } from './runner.js';

allowStatementsUnder('bench');

// npm run bench [-- --label 10k --rounds 30 --seconds 5 --windows 3 --connections 10]
// On the graph that is loaded (npm run generate), the operations of bench/operations/ against four
// contenders at once (see contenders/serve.ts and runner.ts). Writes bench/results/<label>.{md,json},
// comparing with the previous <label>.json (or --compare <label>), and rebuilds bench/REPORT.md
// from all results and bench/FINDINGS.md.
// npm run bench -- --report-only: only rebuilds bench/REPORT.md (after editing FINDINGS.md).

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'latest' },
    compare: { type: 'string' },
    rounds: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '5' },
    windows: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
const settings: RunSettings = {
  label: values.label,
  rounds: Number(values.rounds),
  seconds: Number(values.seconds),
  windows: Number(values.windows),
  connections: Number(values.connections),
  /** Throughput windows of slow operations last this many sequential medians per connection / 2 cores. */
  slowWaves: 6,
};
const operations = values.only
  ? OPERATIONS.filter((operation) => values.only?.split(',').includes(operation.name))
  : OPERATIONS;

async function main(): Promise<void> {
  const { labels, parameters, uri } = await pickParameters();
  console.error(`Graph: ${JSON.stringify(labels)}; parameters ${JSON.stringify(parameters)}`);
  const previous = readResult(values.compare ?? settings.label);
  const running: Running[] = [];
  try {
    for (const contender of CONTENDERS) running.push(await startContender(contender, uri));
    const measured = await measure(running, operations, parameters, settings);
    const { slowWaves: _, ...recorded } = settings;
    const run: RunResult = {
      ...recorded,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, Neo4j 5.26 Community on the same machine`,
      ranAt: new Date().toISOString(),
      labels,
      parameters,
      ...measured,
    };
    const lines = [...runSection(run, settings, operations), ...comparisonSection(run, previous)];
    writeResult(run, lines.join('\n'));
    rebuildReport();
    console.log(lines.join('\n'));
  } finally {
    for (const server of running) server.process.kill('SIGTERM');
  }
}

/** bench/REPORT.md from the operations, bench/FINDINGS.md and every result, smallest first. */
function rebuildReport(): void {
  const findings = readFileSync(join(projectRoot, 'bench', 'FINDINGS.md'), 'utf8');
  writeFileSync(
    join(projectRoot, 'bench', 'REPORT.md'),
    reportMarkdown(OPERATIONS, findings, resultSections()),
  );
}

(values['report-only'] ? Promise.resolve(rebuildReport()) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
