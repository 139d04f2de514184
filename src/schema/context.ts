import type { QueryRunner } from '../graph/runner.js';

/** What every resolver gets: a request-scoped query runner (and so request-scoped counts). */
export interface GraphContext {
  runner: QueryRunner;
}
