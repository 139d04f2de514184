import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { cypher } from './cypher.js';
import { toCypherParams, toPlain } from './values.js';

// The only way code talks to Neo4j: statements by name from cypher/, parameters always separate,
// reads in read transactions (routable to replicas), and a count of what ran, per runner. A
// request gets its own runner, so its statement count and database time can be reported.

export interface CypherStats {
  statements: number;
  dbTimeMs: number;
}

export type Row = Record<string, unknown>;

export interface TransactionRunner {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export class QueryRunner {
  readonly stats: CypherStats = { statements: 0, dbTimeMs: 0 };

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Runs one named read statement in a read transaction; rows as plain objects. */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead((tx) => this.runIn(tx, name, params), { timeout: this.timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Runs one named write statement in its own write transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** Several named statements in one write transaction: all land or none does. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(
        (tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }),
        { timeout: this.timeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  /** Batched maintenance statements (CALL … IN TRANSACTIONS) need an auto-commit transaction. */
  async autoCommit(name: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      const result = await session.run(cypher(name), toCypherParams(params) as Record<string, unknown>);
      this.stats.statements += 1;
      this.stats.dbTimeMs += Number(result.summary.resultAvailableAfter ?? 0);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<Row[]> {
    const result: QueryResult = await tx.run(cypher(name), toCypherParams(params) as Record<string, unknown>);
    this.stats.statements += 1;
    this.stats.dbTimeMs +=
      Number(result.summary.resultAvailableAfter ?? 0) + Number(result.summary.resultConsumedAfter ?? 0);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
