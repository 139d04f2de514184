import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../schema/context.js';

// Reports the Cypher statements a request ran (count and names), and the database time, in the
// response's `extensions.cypher` — when the client sends `x-debug-cypher: 1` or the server runs in development.
export function useCypherStats(options: { always: boolean }): Plugin<GraphContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphContext & { request?: Request };
      const wanted = options.always || context.request?.headers.get('x-debug-cypher') === '1';
      if (!wanted) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const { statements, dbTimeMs, names } = context.runner.stats;
          setResult({
            ...result,
            extensions: { ...result.extensions, cypher: { statements, dbTimeMs, names } },
          });
        },
      };
    },
  };
}
