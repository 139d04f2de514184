import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, run } from './api';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError }
  | { state: 'done'; data: T };

/** Runs an operation whenever its variables change; the previous request is abandoned. */
export function useOperation<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables | null,
): Loaded<TResult> {
  const key = JSON.stringify(variables);
  const [result, setResult] = useState<Loaded<TResult>>({ state: 'loading' });
  // Re-runs when the variables change by value (key), not by identity.
  useEffect(() => {
    if (variables === null) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    run(document, variables, controller.signal).then(
      (data) => setResult({ state: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError(String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  return result;
}

/** Reads and follows location.hash: the dashboard's routes. */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}
