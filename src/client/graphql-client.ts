import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// A small GraphQL-over-HTTP client for programs (the examples, `npm run export`): typed documents
// from GraphQL Code Generator, a bearer token, optional read-your-writes bookmarks, and retries
// where the server says a retry can succeed.

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request the server refused or answered with errors; `code` is the first error's extensions.code. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly errors: GraphQLErrorBody[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export interface GraphQLClientOptions {
  /** The server's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <token>` (a token of READ_TOKENS, or INGEST_TOKENS to write). */
  token?: string;
  /** Attempts on DATABASE_UNAVAILABLE or a refused connection before giving up. */
  attempts?: number;
}

// Errors a later attempt of the same request can get past: Neo4j away or a connection refused.
const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'NETWORK']);

export class GraphQLClient {
  readonly url: string;
  private readonly token: string | undefined;
  private readonly attempts: number;

  constructor(options: GraphQLClientOptions) {
    this.url = options.url;
    this.token = options.token;
    this.attempts = Math.max(1, options.attempts ?? 5);
  }

  /** Headers every request of this client carries (also for subscriptions). */
  headers(bookmarks: readonly string[] = []): Record<string, string> {
    return {
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      ...(bookmarks.length > 0 ? { 'x-neo4j-bookmark': bookmarks.join(',') } : {}),
    };
  }

  /**
   * Runs one typed operation and returns its data. With bookmarks, the reads see at least the writes
   * they name. Retries with backoff while the database is unavailable.
   */
  async request<Result, Variables>(
    document: DocumentTypeDecoration<Result, Variables>,
    variables: Variables,
    bookmarks: readonly string[] = [],
  ): Promise<Result> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(document, variables, bookmarks);
      } catch (error) {
        const retryable = error instanceof GraphQLRequestError && RETRYABLE.has(error.code ?? '');
        if (!retryable || attempt >= this.attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
      }
    }
  }

  private async once<Result, Variables>(
    document: DocumentTypeDecoration<Result, Variables>,
    variables: Variables,
    bookmarks: readonly string[],
  ): Promise<Result> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...this.headers(bookmarks),
        },
        body: JSON.stringify({ query: String(document), variables }),
      });
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? '';
      throw new GraphQLRequestError(
        `${this.url} did not answer (${cause || (error as Error).message})`,
        'NETWORK',
      );
    }
    let body: { data?: Result | null; errors?: GraphQLErrorBody[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLRequestError(
        `${this.url} answered ${response.status} without a GraphQL result`,
        `HTTP_${response.status}`,
      );
    }
    const first = body.errors?.[0];
    if (first) {
      throw new GraphQLRequestError(first.message, first.extensions?.code, body.errors);
    }
    if (!body.data) {
      throw new GraphQLRequestError(
        `${this.url} answered ${response.status} without data`,
        undefined,
      );
    }
    return body.data;
  }
}

/**
 * Runs `ask(size)` with the largest size (a page or batch size) the server's cost limit lets
 * through: on LIMIT_EXCEEDED for complexity, the error names the cost and the maximum, and the
 * size shrinks in proportion.
 */
export async function withinCost<T>(size: number, ask: (size: number) => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await ask(size);
    } catch (error) {
      const extensions = error instanceof GraphQLRequestError ? error.errors[0]?.extensions : null;
      if (extensions?.code !== 'LIMIT_EXCEEDED' || extensions.limit !== 'complexity') throw error;
      const smaller = Math.floor(
        ((size * Number(extensions.max)) / Number(extensions.actual)) * 0.9,
      );
      if (!(smaller >= 1 && smaller < size)) throw error;
      size = smaller;
    }
  }
}
