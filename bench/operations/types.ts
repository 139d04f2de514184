// The shapes every operation folder fills in. Five contenders answer each operation: this server's
// GraphQL (also served with the response cache on, and without batching), @neo4j/graphql's generated API (the peer), and one
// hand-written Cypher statement (the floor). `answer` turns each response into one canonical
// shape, so that the four can be checked to agree before anything is timed.

export type Contender =
  | 'this-server'
  | 'this-server-cached'
  | 'no-batching'
  | 'neo4j-graphql'
  | 'cypher-floor';
export const CONTENDERS: Contender[] = [
  'this-server',
  'this-server-cached',
  'no-batching',
  'neo4j-graphql',
  'cypher-floor',
];

export interface BenchParameters {
  personId: string;
  otherPersonId: string;
  countryId: string;
  searchText: string;
}

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** What the floor server runs: a named statement (see src/graph/cypher.ts) and its parameters. */
export interface FloorRequest {
  statement: string;
  params: Record<string, unknown>;
}

export interface Operation {
  name: string;
  description: string;
  /** Levels of relations walked: the number of statements a batching server needs. */
  depth: number;
  graphql(p: BenchParameters): Request;
  neo4jGraphql(p: BenchParameters): Request;
  floor(p: BenchParameters): FloorRequest;
  /** Canonical answer from a response's data (GraphQL) or rows (floor). */
  answer(contender: Contender, data: unknown): unknown;
}
