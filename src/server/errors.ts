import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

// What clients see when something fails. Our own typed errors pass as they are; database
// failures become DATABASE_UNAVAILABLE or TIMEOUT; anything else is masked as INTERNAL_SERVER_ERROR
// with the request id, its details only in the log (and in the message outside production).

export const USER_ERROR_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'LIMIT_EXCEEDED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function causeOf(error: unknown): unknown {
  let current = error;
  for (
    let depth = 0;
    depth < 5 && current instanceof GraphQLError && current.originalError;
    depth++
  ) {
    current = current.originalError;
  }
  return current;
}

/** A database error as the API's typed error, or null when it is not one we recognise. */
export function databaseError(error: unknown): GraphQLError | null {
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : '';
    if (/ECONNREFUSED|Connection was closed|Pool is closed|Failed to connect/i.test(message)) {
      return new GraphQLError('The database is unavailable; retry shortly', {
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    }
    return null;
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General')) {
    return new GraphQLError('The database is unavailable; retry shortly', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  // A transaction over its timeout is either "timed out" or, when it was waiting for a lock,
  // "terminated … ran longer than the configured transaction timeout".
  if (
    /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(error.code) ||
    /timed out|configured transaction timeout/i.test(error.message)
  ) {
    return new GraphQLError('The query took too long and was stopped (CYPHER_TIMEOUT_MS)', {
      extensions: { code: 'TIMEOUT' },
    });
  }
  return null;
}

export interface MaskContext {
  requestId: string;
  production: boolean;
  log: (error: unknown) => void;
}

function located(error: GraphQLError, outer: unknown, requestId: string): GraphQLError {
  const where = outer instanceof GraphQLError ? outer : null;
  return new GraphQLError(error.message, {
    nodes: where?.nodes,
    path: where?.path,
    extensions: { ...error.extensions, requestId },
  });
}

export function maskError(error: unknown, context: MaskContext): GraphQLError {
  const cause = causeOf(error);
  const database = databaseError(cause);
  if (database) return located(database, error, context.requestId);
  if (cause instanceof GraphQLError) {
    const code = cause.extensions?.code;
    // graphql-js's own parse and validation errors carry no code and no cause: they are the user's.
    if (code === undefined && error instanceof GraphQLError && !error.originalError) return error;
    if (typeof code === 'string' && USER_ERROR_CODES.has(code))
      return located(cause, error, context.requestId);
  }
  context.log(cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return located(
    new GraphQLError(context.production ? 'Unexpected error' : `Unexpected error: ${detail}`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }),
    error,
    context.requestId,
  );
}
