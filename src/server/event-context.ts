import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  print,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../schema/context.js';
import type { LiveDelivery, PageIngestedEvent } from '../schema/live-events.js';

// A subscription lives for hours but its context was made for one request: its dataloaders would
// keep every record a payload ever loaded (stale when a page updates it, and growing with each
// event). So each event gets a fresh context (a fresh runner, hence fresh loaders and the latest
// bookmarks heard, so a cluster member that lags the publishing server waits for the write), and
// that context is shared by every subscriber of the event: their reads batch together, and
// subscribers asking the same document of the same payload share one execution.

type SubscribeResult = AsyncIterable<ExecutionResult> | ExecutionResult;

interface EventScope {
  context: GraphContext;
  results: Map<string, Promise<ExecutionResult>>;
  /** The scope runner's statements already reported to onCypher. */
  counted: { statements: number; dbTimeMs: number };
}

/** What resolving an event's payloads cost Neo4j (once per shared execution). */
export type CypherCost = { statements: number; dbTimeMs: number };

/** Scopes by event, then by what in a context can change an answer (access and look-ahead). */
const scopes = new WeakMap<PageIngestedEvent, Map<string, EventScope>>();
const printed = new WeakMap<DocumentNode, string>();

function isDelivery(value: unknown): value is LiveDelivery<unknown> {
  return typeof value === 'object' && value !== null && 'event' in value && 'payload' in value;
}

function scopeFor(
  event: PageIngestedEvent,
  context: GraphContext,
  fresh: (context: GraphContext) => Partial<GraphContext>,
): EventScope {
  const { access, lookahead } = context;
  const key = `${access.presented}/${access.canRead}/${access.canIngest}/${lookahead}`;
  let byKey = scopes.get(event);
  if (!byKey) {
    byKey = new Map();
    scopes.set(event, byKey);
  }
  let scope = byKey.get(key);
  if (!scope) {
    scope = {
      context: { ...context, ...fresh(context) },
      results: new Map(),
      counted: { statements: 0, dbTimeMs: 0 },
    };
    byKey.set(key, scope);
  }
  return scope;
}

function executionKey(args: ExecutionArgs, payload: unknown): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  return JSON.stringify([text, args.operationName ?? null, args.variableValues ?? {}, payload]);
}

function reportCost(scope: EventScope, onCypher: (cost: CypherCost) => void): void {
  const { statements, dbTimeMs } = scope.context.runner.stats;
  onCypher({
    statements: statements - scope.counted.statements,
    dbTimeMs: dbTimeMs - scope.counted.dbTimeMs,
  });
  scope.counted = { statements, dbTimeMs };
}

export function useSharedEventContext(
  fresh: (context: GraphContext) => Partial<GraphContext>,
  onCypher: (cost: CypherCost) => void = () => {},
): Plugin<GraphContext> {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs): Promise<SubscribeResult> => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
        const events = source[Symbol.asyncIterator]();
        const context = args.contextValue as GraphContext;
        let failed = false;
        const resolvePayload = async (rootValue: unknown): Promise<ExecutionResult> => {
          if (!isDelivery(rootValue)) {
            const contextValue = { ...context, ...fresh(context) };
            const result = await execute({ ...args, rootValue, contextValue });
            onCypher(contextValue.runner.stats);
            return result;
          }
          const scope = scopeFor(rootValue.event, context, fresh);
          const key = executionKey(args, rootValue.payload);
          let result = scope.results.get(key);
          if (!result) {
            const shared = scope;
            result = Promise.resolve(
              execute({ ...args, rootValue, contextValue: shared.context }),
            ).finally(() => reportCost(shared, onCypher));
            scope.results.set(key, result);
          }
          // Each subscriber gets its own envelope: plugins may add to a result's extensions.
          return { ...(await result) };
        };
        const iterator: AsyncIterableIterator<ExecutionResult> = {
          [Symbol.asyncIterator]: () => iterator,
          next: async () => {
            if (failed) return { value: undefined, done: true };
            let step: IteratorResult<unknown>;
            try {
              step = await events.next();
            } catch (error) {
              // The stream's end with its reason (SLOW_SUBSCRIBER, EVENTS_UNAVAILABLE): one last
              // result carrying the error, then done, the same on SSE and WebSocket.
              failed = true;
              const graphqlError =
                error instanceof GraphQLError ? error : new GraphQLError(String(error));
              return { value: { errors: [graphqlError] }, done: false };
            }
            if (step.done) return { value: undefined, done: true };
            return { value: await resolvePayload(step.value), done: false };
          },
          return: async () => {
            await events.return?.();
            return { value: undefined, done: true };
          },
          throw: async (error: unknown) => {
            await events.return?.();
            throw error;
          },
        };
        return iterator;
      });
    },
  };
}
