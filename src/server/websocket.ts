import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { Context, OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GraphContext } from '../schema/context.js';

// GraphQL over WebSocket (the graphql-ws protocol) on the same path as HTTP. Each subscription
// goes through Yoga's envelope (its plugins, limits and context), with the bearer token taken from
// the connection's `authorization` parameter, since browsers cannot set headers on a WebSocket.

// Yoga's enveloped execute and subscribe, handed from onSubscribe to the two calls below.
type Execution = {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
};

export function attachWebSocket(
  server: Server,
  yoga: YogaServerInstance<Record<string, never>, GraphContext>,
  options: { path: string; maxPerConnection: number },
): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: options.path });
  const open = new WeakMap<Context, number>();
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as Execution).execute(args),
      subscribe: (args) => (args.rootValue as Execution).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const count = open.get(ctx) ?? 0;
        if (count >= options.maxPerConnection) {
          return [
            new GraphQLError(
              `Too many subscriptions on this connection: at most ${options.maxPerConnection}`,
              {
                extensions: {
                  code: 'LIMIT_EXCEEDED',
                  limit: 'subscriptionsPerConnection',
                  max: options.maxPerConnection,
                },
              },
            ),
          ];
        }
        const authorization = ctx.connectionParams?.authorization;
        const request = new Request(`http://websocket${options.path}`, {
          method: 'POST',
          headers: typeof authorization === 'string' ? { authorization } : {},
        });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          request,
          params,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        open.set(ctx, count + 1);
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
      onComplete: (ctx) => {
        open.set(ctx, Math.max(0, (open.get(ctx) ?? 1) - 1));
      },
    },
    wss,
  );
  return {
    close: async () => {
      await disposable.dispose();
    },
  };
}
