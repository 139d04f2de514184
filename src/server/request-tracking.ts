import { randomUUID } from 'node:crypto';
import type { DefinitionNode, ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GraphContext } from '../schema/context.js';
import { maskError } from './errors.js';
import type { ServerMetrics } from './metrics.js';

// One record per HTTP request: its id (from a sane `x-request-id`, else new), timing, the GraphQL
// operation it ran and the Cypher that ran for it. The plugin masks execution errors (see
// errors.ts), echoes the id in `x-request-id`, logs one JSON line per request and feeds /metrics.

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName?: string;
  operationType?: string;
  statements: number;
  dbTimeMs: number;
  errorCodes: string[];
}

const records = new WeakMap<Request, RequestRecord>();
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,100}$/;

function recordFor(request: Request): RequestRecord {
  let record = records.get(request);
  if (!record) {
    const offered = request.headers.get('x-request-id');
    record = {
      id: offered && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID(),
      startedAt: performance.now(),
      statements: 0,
      dbTimeMs: 0,
      errorCodes: [],
    };
    records.set(request, record);
  }
  return record;
}

/** The id of the request being served, for the GraphQL context. */
export function requestIdOf(request: Request): string {
  return recordFor(request).id;
}

function errorCode(error: GraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'GRAPHQL_VALIDATION_FAILED';
}

function resultsOf(result: unknown): ExecutionResult[] {
  if (Array.isArray(result)) return result as ExecutionResult[];
  if (result && typeof result === 'object' && !(Symbol.asyncIterator in result))
    return [result as ExecutionResult];
  return [];
}

export function useRequestTracking(options: {
  logger: Logger;
  metrics: ServerMetrics;
  production: boolean;
}): Plugin<GraphContext> {
  const { logger, metrics } = options;
  return {
    onRequest({ request }) {
      recordFor(request);
    },
    onExecute({ args }) {
      const context = args.contextValue as GraphContext & { request: Request };
      const record = recordFor(context.request);
      const operation = args.document.definitions.find(
        (definition: DefinitionNode) =>
          definition.kind === 'OperationDefinition' &&
          (args.operationName ? definition.name?.value === args.operationName : true),
      );
      record.operationName =
        args.operationName ??
        (operation?.kind === 'OperationDefinition' ? operation.name?.value : undefined);
      record.operationType =
        operation?.kind === 'OperationDefinition' ? operation.operation : undefined;
      return {
        onExecuteDone({ result, setResult }) {
          record.statements = context.runner.stats.statements;
          record.dbTimeMs = context.runner.stats.dbTimeMs;
          metrics.cypherStatements.inc(record.statements);
          metrics.cypherSeconds.inc(record.dbTimeMs / 1000);
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          const errors = result.errors.map((error) =>
            maskError(error, {
              requestId: record.id,
              production: options.production,
              log: (cause) =>
                logger.error(
                  { requestId: record.id, operationName: record.operationName, err: cause },
                  'unexpected error',
                ),
            }),
          );
          setResult({ ...result, errors });
        },
      };
    },
    onResultProcess({ request, result }) {
      const record = recordFor(request);
      for (const single of resultsOf(result)) {
        for (const error of single.errors ?? []) {
          const code = errorCode(error as GraphQLError);
          record.errorCodes.push(code);
          metrics.errors.inc({ code });
        }
      }
    },
    onResponse({ request, response }) {
      const record = recordFor(request);
      const durationMs = performance.now() - record.startedAt;
      const route = new URL(request.url).pathname;
      response.headers.set('x-request-id', record.id);
      metrics.requests.observe(
        { route, operation: record.operationType ?? 'none', status: String(response.status) },
        durationMs / 1000,
      );
      if (route === '/health' || route === '/ready' || route === '/metrics') return;
      logger.info(
        {
          requestId: record.id,
          method: request.method,
          route,
          status: response.status,
          operationName: record.operationName,
          operationType: record.operationType,
          durationMs: Math.round(durationMs * 10) / 10,
          cypherStatements: record.statements,
          dbTimeMs: record.dbTimeMs,
          ...(record.errorCodes.length ? { errorCodes: record.errorCodes } : {}),
        },
        'request',
      );
    },
  };
}
