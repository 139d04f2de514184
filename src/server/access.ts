import { timingSafeEqual } from 'node:crypto';
import type { Access } from '../schema/context.js';
import type { Config } from '../config.js';

// What a request's bearer token allows. Mutations need an ingest token; reads are open unless
// READ_TOKENS is set. Tokens are compared in constant time.

function tokenList(value: string): Buffer[] {
  return value
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)
    .map((token) => Buffer.from(token));
}

function matches(token: Buffer, tokens: readonly Buffer[]): boolean {
  return tokens.some(
    (candidate) => candidate.length === token.length && timingSafeEqual(candidate, token),
  );
}

export function accessPolicy(config: Config): (authorization: string | null) => Access {
  const ingest = tokenList(config.INGEST_TOKENS);
  const read = tokenList(config.READ_TOKENS);
  return (authorization) => {
    const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    const token = bearer ? Buffer.from(bearer) : null;
    const canIngest = token !== null && matches(token, ingest);
    const canRead = read.length === 0 || canIngest || (token !== null && matches(token, read));
    return { presented: authorization !== null, canRead, canIngest };
  };
}
