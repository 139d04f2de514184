import type { Driver } from 'neo4j-driver';
import { applyGraphSchema } from '../graph/schema-setup.js';

// Whether the server can answer from the graph: Neo4j reachable and the graph schema applied.
// The server starts without it (so that it can report "not ready" instead of crashing while
// Neo4j boots or restarts); a background loop keeps trying to prepare the graph, and /ready checks
// reachability live (cached briefly, so a polling load balancer does not hammer Neo4j).

export interface ReadinessReport {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable';
  schemaApplied: boolean;
  error?: string;
}

export interface ReadinessOptions {
  database: string;
  /** Run once the schema is applied, e.g. seeding an empty graph; failures are retried too. */
  afterSchema?: () => Promise<void>;
  log?: (message: string, error?: unknown) => void;
  retryDelayMs?: number;
  cacheMs?: number;
}

export class GraphReadiness {
  private schemaApplied = false;
  private lastError: string | undefined;
  private preparing: Promise<void> | null = null;
  private stopped = false;
  private cached: { at: number; report: ReadinessReport } | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly options: ReadinessOptions,
  ) {}

  /** Starts preparing the graph in the background, retrying until it succeeds or stop() is called. */
  start(): Promise<void> {
    this.preparing ??= this.prepareUntilDone();
    return this.preparing;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  get isPrepared(): boolean {
    return this.schemaApplied;
  }

  async report(): Promise<ReadinessReport> {
    const now = Date.now();
    const cacheMs = this.options.cacheMs ?? 1_000;
    if (this.cached && now - this.cached.at < cacheMs) return this.cached.report;
    let neo4j: ReadinessReport['neo4j'] = 'reachable';
    let error = this.lastError;
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (cause) {
      neo4j = 'unreachable';
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const report: ReadinessReport = {
      ready: neo4j === 'reachable' && this.schemaApplied,
      neo4j,
      schemaApplied: this.schemaApplied,
      ...(error && !(neo4j === 'reachable' && this.schemaApplied) ? { error } : {}),
    };
    this.cached = { at: now, report };
    return report;
  }

  private async prepareUntilDone(): Promise<void> {
    const delay = this.options.retryDelayMs ?? 1_000;
    let attempt = 0;
    while (!this.stopped) {
      attempt += 1;
      try {
        await this.driver.verifyConnectivity({ database: this.options.database });
        if (!this.schemaApplied) {
          await applyGraphSchema(this.driver, this.options.database);
        }
        await this.options.afterSchema?.();
        this.schemaApplied = true;
        this.lastError = undefined;
        this.cached = null;
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        if (attempt === 1 || attempt % 10 === 0) {
          this.options.log?.(`Neo4j not ready yet (attempt ${attempt}); retrying`, error);
        }
        // Back off up to ten times the base delay.
        await new Promise<void>((resolve) => {
          this.timer = setTimeout(resolve, delay * Math.min(attempt, 10));
        });
      }
    }
  }
}
