import { badInput, limitExceeded } from './errors.js';

// Limits a request must stay within. They come from configuration through the context and are
// checked while the operation's cost is computed, i.e. before any resolver (and so any Cypher) runs.

export interface Limits {
  maxDepth: number;
  maxComplexity: number;
  maxPageSize: number;
  defaultPageSize: number;
  maxHops: number;
  maxTraversalDepth: number;
  maxNeighborhood: number;
}

/** A checked integer argument: at least `min`, at most the limit. */
export function checkedInt(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min)
    throw badInput(argument, `${argument} must be at least ${min}, got ${value}`);
  if (value > max)
    throw limitExceeded(argument, max, value, `${argument} must be at most ${max}, got ${value}`);
  return value;
}

/** The page size for `first`, checked against the limits. */
export function pageSizeOf(first: number | null | undefined, limits: Limits): number {
  return checkedInt('first', first ?? limits.defaultPageSize, 0, limits.maxPageSize);
}

/** Cost of a list field: each item counts, `first` items at most. */
export function pagedComplexity(args: { first?: number | null }, context: { limits: Limits }) {
  return { field: 1, multiplier: Math.max(1, pageSizeOf(args.first, context.limits)) };
}
