import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../schema/context.js';

// A subscription lives for hours but its context was made for one request: its dataloaders would
// keep every record a payload ever loaded (stale when a page updates it, and growing with each
// event). So each event's payload is resolved with a fresh runner, hence fresh loaders and the
// latest bookmarks heard, so a cluster member that lags the publishing server waits for the write.

type SubscribeResult = AsyncIterable<ExecutionResult> | ExecutionResult;

export function useFreshContextPerEvent(
  fresh: (context: GraphContext) => Partial<GraphContext>,
): Plugin<GraphContext> {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn((async (args: ExecutionArgs): Promise<SubscribeResult> => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
        const events = source[Symbol.asyncIterator]();
        const context = args.contextValue as GraphContext;
        let failed = false;
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
            const result = await execute({
              ...args,
              rootValue: step.value,
              contextValue: { ...context, ...fresh(context) },
            });
            return { value: result, done: false };
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
      }) as never);
    },
  };
}
