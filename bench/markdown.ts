import { CONTENDERS, type Contender, type Operation } from './operations/index.js';
import type { Measured, RunResult, RunSettings } from './results.js';
import { judge, NOTABLE_CHANGE, relativeChange } from './stats.js';

// The bench's Markdown: one run's table (bench/results/<label>.md), its comparison with the
// previous run of the same label, and bench/REPORT.md around all of them.

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const rate = (rps: number) => fixed(rps, rps < 10 ? 1 : 0);

/** The section of one run: what ran where, and a row per operation and contender. */
export function runSection(
  run: RunResult,
  settings: RunSettings,
  operations: Operation[],
): string[] {
  const { rounds, connections, windows, seconds, slowWaves } = settings;
  const lines = [
    `## ${run.label}: ${run.labels.Article ?? 0} articles`,
    '',
    `Run on ${(run.ranAt ?? new Date().toISOString()).slice(0, 16).replace('T', ' ')} UTC; ${run.machine}.`,
    `Graph: ${Object.entries(run.labels)
      .map(([label, count]) => `${count} ${label}`)
      .join(', ')}.`,
    `Latency: ${rounds} sequential requests per operation and contender, interleaved, after 2 warm-up rounds; a contender past 20 s on one operation stops at 5 samples; one slower than 15 s on its first call is measured that once and not loaded. Throughput: completed requests per second under autocannon, ${connections} connections, loopback, the median of ${windows} windows taken in turn with the other contenders, each ${seconds} s or, for slow operations, ${slowWaves} × p50 × connections / 2 cores (enough for several waves of requests).`,
    '',
    "| operation | contender | p50 ms | p95 ms | statements | req/s (windows' range) | p50 / floor | req/s vs @neo4j/graphql |",
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const operation of operations) {
    const byContender = run.results[operation.name] as Record<Contender, Measured>;
    for (const contender of CONTENDERS) {
      const measured = byContender[contender];
      // Runs recorded before a contender joined the benchmark have no figures for it.
      if (!measured) continue;
      const errors = measured.throughputErrors > 0 ? ` (${measured.throughputErrors} errors)` : '';
      const rates = measured.requestsPerSecondWindows ?? [];
      const range =
        rates.length > 1 ? ` (${rate(Math.min(...rates))}–${rate(Math.max(...rates))})` : '';
      const name = contender === 'this-server' ? `**${operation.name}**` : '';
      const toFloor = `${fixed(measured.p50 / byContender['cypher-floor'].p50, 2)}×`;
      const slow = run.tooSlow[`${operation.name}/${contender}`];
      if (slow) {
        lines.push(
          `| ${name} | ${contender} | ${slow} | – | ${measured.statements} | – | ${toFloor} | – |`,
        );
        continue;
      }
      lines.push(
        `| ${name} | ${contender} | ${fixed(measured.p50)} | ${fixed(measured.p95)} | ${measured.statements} | ${rate(measured.requestsPerSecond)}${range}${errors} | ${toFloor} | ${fixed(measured.requestsPerSecond / byContender['neo4j-graphql'].requestsPerSecond, 2)}× |`,
      );
    }
  }
  lines.push(
    '',
    `Peak server memory (RSS): ${CONTENDERS.filter(
      (contender) => run.memory[contender] !== undefined,
    )
      .map((contender) => `${contender} ${(run.memory[contender] / 2 ** 20).toFixed(0)} MB`)
      .join(', ')}.`,
    '',
  );
  return lines;
}

const FIGURES: { key: keyof Measured; label: string; higherIsBetter: boolean }[] = [
  { key: 'p50', label: 'p50', higherIsBetter: false },
  { key: 'p95', label: 'p95', higherIsBetter: false },
  { key: 'requestsPerSecond', label: 'req/s', higherIsBetter: true },
  { key: 'statements', label: 'statements', higherIsBetter: false },
];

/** Figures that moved beyond ±10 % since `previous`, flagged better or worse; all others held. */
export function comparisonSection(run: RunResult, previous: RunResult | null): string[] {
  const band = `±${NOTABLE_CHANGE * 100} %`;
  if (!previous) return [`No previous \`${run.label}\` run to compare with.`, ''];
  const when = previous.ranAt ? ` of ${previous.ranAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  const rows: string[] = [];
  for (const [operation, byContender] of Object.entries(run.results)) {
    for (const contender of CONTENDERS) {
      const now = byContender[contender];
      const before = previous.results[operation]?.[contender];
      if (!now || !before) continue;
      for (const figure of FIGURES) {
        const was = before[figure.key] as number;
        const is = now[figure.key] as number;
        const verdict = judge(relativeChange(was, is), figure.higherIsBetter);
        if (!verdict) continue;
        const change = (relativeChange(was, is) as number) * 100;
        rows.push(
          `| ${operation} | ${contender} | ${figure.label} | ${fixed(was)} | ${fixed(is)} | ${change > 0 ? '+' : ''}${change.toFixed(0)} % | ${verdict === 'better' ? '▲ better' : '▼ worse'} |`,
        );
      }
    }
  }
  const heading = `Compared with the previous \`${previous.label}\` run${when}: changes beyond ${band}`;
  if (rows.length === 0) return [`${heading}: none.`, ''];
  return [
    `${heading}:`,
    '',
    '| operation | contender | figure | before | now | change | |',
    '|---|---|---|---:|---:|---:|---|',
    ...rows,
    '',
  ];
}

/** bench/REPORT.md: the operations, the contenders, the findings and every result section. */
export function reportMarkdown(
  operations: Operation[],
  findings: string,
  sections: string[],
): string {
  const operationList = operations
    .map(
      (operation) => `- \`${operation.name}\` (depth ${operation.depth}): ${operation.description}`,
    )
    .join('\n');
  return `# Benchmark report\n\nGenerated by \`npm run bench\` (bench/run.ts) from bench/results/; the findings are written by hand in bench/FINDINGS.md.\n\nOperations (one folder each under bench/operations/):\n\n${operationList}\n\nContenders: **this-server** (this project, production settings); **this-server-cached** (the same with \`RESPONSE_CACHE=memory\`: after the first request, each answer comes from the response cache; cached throughput beside uncached); **no-batching** (the same server, one statement per parent: the N+1 baseline); **neo4j-graphql** (@neo4j/graphql 7 over equivalent type definitions, bench/peers/; operations it cannot derive run as @cypher fields with the same statements); **cypher-floor** (one hand-written statement per operation through neo4j-driver, no GraphQL). Each runs in its own process as the production image runs (compiled JavaScript under plain node, NODE_ENV=production, no source maps), importing only what it runs. All answer from the same Neo4j and data, and their answers are checked equal before timing.\n\n${findings}\n\n${sections.join('\n')}`;
}
