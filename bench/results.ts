import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import type { BenchParameters, Contender } from './operations/index.js';

// One run's results as JSON (bench/results/<label>.json, committed), read back to compare the
// next run of the same label with it, and its Markdown section beside it (<label>.md).

export const resultsDir = join(projectRoot, 'bench', 'results');

export interface Measured {
  p50: number;
  p95: number;
  statements: number;
  /** The median of the throughput windows. */
  requestsPerSecond: number;
  /** Every window's rate, in the order they ran. */
  requestsPerSecondWindows: number[];
  throughputErrors: number;
}

export interface Outcome {
  labels: Record<string, number>;
  parameters: BenchParameters;
  results: Record<string, Record<Contender, Measured>>;
  memory: Record<Contender, number>;
  /** operation/contender → why it was measured once or not at all. */
  tooSlow: Record<string, string>;
}

export interface RunSettings {
  label: string;
  rounds: number;
  seconds: number;
  windows: number;
  connections: number;
  slowWaves: number;
}

export interface RunResult extends Outcome, Omit<RunSettings, 'slowWaves'> {
  machine: string;
  /** ISO time the run finished; absent in runs written before it was recorded. */
  ranAt?: string;
}

export function readResult(label: string): RunResult | null {
  const file = join(resultsDir, `${label}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunResult) : null;
}

export function writeResult(result: RunResult, markdown: string): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${result.label}.md`), markdown);
  writeFileSync(join(resultsDir, `${result.label}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Every result's Markdown section, smallest graph first (10k before 100k), then by name. */
export function resultSections(): string[] {
  return readdirSync(resultsDir)
    .filter((file) => file.endsWith('.md'))
    .sort(
      (a, b) =>
        Number.parseInt(a, 10) - Number.parseInt(b, 10) ||
        a.length - b.length ||
        a.localeCompare(b),
    )
    .map((file) => readFileSync(join(resultsDir, file), 'utf8'));
}
