import type { QueryRunner } from '../graph/runner.js';
import type { PageIngestor } from '../loading/page-ingestor.js';
import type { Limits } from './limits.js';
import type { LiveEvents } from './live-events.js';

/** What the bearer token of a request allows. */
export interface Access {
  /** A bearer token was presented (valid or not). */
  presented: boolean;
  canRead: boolean;
  canIngest: boolean;
}

/** What every resolver gets: a request-scoped query runner (and so request-scoped counts), the
 * request's limits and access, and its id (echoed in errors and logs). */
export interface GraphContext {
  runner: QueryRunner;
  limits: Limits;
  access: Access;
  requestId: string;
  /** Runs submitted pages through the ingest pipeline (shared by the server's requests). */
  ingestor: PageIngestor;
  /** Whether a parent's statement carries the relations its selection names (src/schema/reads.ts). */
  lookahead: boolean;
  /** Where committed pages are announced and subscriptions listen (shared by the server's requests). */
  events: LiveEvents;
}
