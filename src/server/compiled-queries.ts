import {
  type DocumentNode,
  type ExecutionResult,
  getOperationAST,
  getVariableValues,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

// Queries that repeat run as JavaScript compiled for their document and operation (graphql-jit)
// rather than through graphql-js's interpreter, which builds an info object, a path and an
// arguments map for every field of every object: the server's own cost on large answers.
// Compiling takes about as long as one interpreted run, so a query is compiled when it comes
// again, not the first time (a one-off from the playground never is). Mutations and subscriptions
// keep the interpreter; they are few, and subscriptions stream through the event machinery. So
// does a query whose variables are wrong, so that its errors are graphql-js's, word for word.

/** Compiled, or how compiling failed (the query is then interpreted), or runs seen so far. */
type Compilation = CompiledQuery | ExecutionResult | number;

const RUNS_BEFORE_COMPILING = 1;

/** Compiles each repeated query once (per parsed document, which Yoga caches, and operation). */
export function useCompiledQueries(): Plugin {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compilation>>();

  function compiledFor(
    schema: Parameters<typeof compileQuery>[0],
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | undefined {
    let byOperation = byDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      byDocument.set(document, byOperation);
    }
    const key = operationName ?? '';
    const seen = byOperation.get(key) ?? 0;
    if (typeof seen !== 'number') return isCompiledQuery(seen) ? seen : undefined;
    if (seen < RUNS_BEFORE_COMPILING) {
      byOperation.set(key, seen + 1);
      return undefined;
    }
    const compiled = compileQuery(schema, document, operationName);
    byOperation.set(key, compiled);
    return isCompiledQuery(compiled) ? compiled : undefined;
  }

  // Decided per call, from the document the call is given: a plugin after this one (the
  // response cache) executes through it with a document of its own.
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((execution) => {
        const operationName = execution.operationName ?? undefined;
        const operation = getOperationAST(execution.document, operationName);
        if (operation?.operation !== 'query') return executeFn(execution);
        const compiled = compiledFor(execution.schema, execution.document, operationName);
        if (!compiled) return executeFn(execution);
        const variables = execution.variableValues ?? {};
        const coerced = getVariableValues(
          execution.schema,
          operation.variableDefinitions ?? [],
          variables,
        );
        if (coerced.errors) return executeFn(execution);
        return compiled.query(execution.rootValue, execution.contextValue, variables);
      });
    },
  };
}
