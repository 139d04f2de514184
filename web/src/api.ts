import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// The dashboard's only way to the graph: the public GraphQL endpoint of the server that served it.

export const ENDPOINT = '/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one typed operation; GraphQL errors and failed requests become an ApiError. */
export async function run<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // Yoga's CSRF prevention asks browsers' requests for this header.
        'x-graphql-yoga-csrf': '1',
      },
      body: JSON.stringify({ query: String(document), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`The server did not answer (${(error as Error).message}).`);
  }
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText} without a GraphQL result.`,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`);
  return body.data;
}
