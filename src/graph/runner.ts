import {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';
import { cypherFor } from './cypher.js';
import { toCypherParams, toPlain } from './values.js';

// The only way code talks to Neo4j: statements by name from cypher/, parameters always separate,
// reads in read transactions (routable to replicas), and a count of what ran, per runner. A
// request gets its own runner, so its statement count and database time can be reported.

export interface CypherStats {
  statements: number;
  dbTimeMs: number;
  /** The names of the statements run, in order (reported by x-debug-cypher). */
  names: string[];
}

export type Row = Record<string, unknown>;

export interface TransactionRunner {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export class QueryRunner {
  readonly stats: CypherStats = { statements: 0, dbTimeMs: 0, names: [] };
  /**
   * Causal consistency over a cluster: every session waits until its member has seen these
   * (the client's x-neo4j-bookmark, then this runner's own writes), and each write replaces them.
   */
  private bookmarkList: string[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs = 30_000,
    /** How long a read retries transient failures (a restarting database) before giving up. */
    private readonly retryMs = 2_000,
  ) {}

  /** Later statements see at least the writes these bookmarks name. */
  useBookmarks(bookmarks: readonly string[]): this {
    this.bookmarkList = [...bookmarks];
    return this;
  }

  /** The bookmarks of this runner's last write (or what it was given): hand them to later reads. */
  get bookmarks(): readonly string[] {
    return this.bookmarkList;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarks: this.bookmarkList,
    });
  }

  /**
   * Runs one named read statement; rows as plain objects. A read is one auto-commit transaction
   * (one round trip, where a managed transaction needs three: the difference is most of a small
   * statement's cost), retried here on transient errors since reads are safe to repeat.
   */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const deadline = Date.now() + this.retryMs;
    for (let attempt = 1; ; attempt++) {
      const session = this.session('READ');
      try {
        const result = await withoutCallerStack(() =>
          session.run(cypherFor(name, params), toCypherParams(params) as Record<string, unknown>, {
            timeout: this.timeoutMs,
          }),
        );
        return this.rowsOf(result, name);
      } catch (error) {
        if (!isRetryableError(error) || Date.now() + 100 * attempt > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs one named write statement in its own write transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** Several named statements in one write transaction: all land or none does. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      const result = await session.executeWrite(
        (tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }),
        { timeout: this.timeoutMs },
      );
      this.bookmarkList = session.lastBookmarks();
      return result;
    } finally {
      await session.close();
    }
  }

  /** Batched maintenance statements (CALL … IN TRANSACTIONS) need an auto-commit transaction. */
  async autoCommit(name: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.session('WRITE');
    try {
      const result = await session.run(
        cypherFor(name, params),
        toCypherParams(params) as Record<string, unknown>,
      );
      this.stats.statements += 1;
      this.stats.names.push(name);
      this.stats.dbTimeMs += Number(result.summary.resultAvailableAfter ?? 0);
      this.bookmarkList = session.lastBookmarks();
    } finally {
      await session.close();
    }
  }

  private async runIn(
    tx: ManagedTransaction,
    name: string,
    params: Record<string, unknown>,
  ): Promise<Row[]> {
    return this.rowsOf(
      await tx.run(cypherFor(name, params), toCypherParams(params) as Record<string, unknown>),
      name,
    );
  }

  /** A batch read whose rows are keyed by `id`: one column of each row, by that id. */
  async readKeyed<T>(
    name: string,
    params: Record<string, unknown>,
    column: string,
  ): Promise<Map<string, T>> {
    const rows = await this.read(name, params);
    return new Map(rows.map((row) => [String(row.id), row[column] as T]));
  }

  private rowsOf(result: QueryResult, name: string): Row[] {
    this.stats.statements += 1;
    this.stats.names.push(name);
    this.stats.dbTimeMs +=
      Number(result.summary.resultAvailableAfter ?? 0) +
      Number(result.summary.resultConsumedAfter ?? 0);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

/**
 * Runs `start` with V8's stack capture off. The driver renders a stack trace into every result it
 * creates, to decorate a later error; on the read path that is a sizeable part of a small request's
 * CPU, and a failed read's error already names its cause.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
