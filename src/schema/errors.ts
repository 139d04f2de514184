import { GraphQLError } from 'graphql';

// The typed errors the schema throws itself (codes listed in src/server/errors.ts).

/** A request over one of the limits (src/schema/limits.ts). */
export function limitExceeded(
  limit: string,
  max: number,
  actual: number,
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, max, actual } });
}

/** Bad input, naming the argument where there is one (and any further detail). */
export function badInput(
  argument: string | null,
  message: string,
  detail: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument === null ? {} : { argument }), ...detail },
  });
}
