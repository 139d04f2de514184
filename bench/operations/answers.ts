import { encodeGlobalID } from '@pothos/plugin-relay';
import type { BenchParameters, Contender } from './types.js';

// Helpers the operations' answer normalisers share: order-free comparison, names out of objects,
// nodes out of connections.

export const sorted = <T>(items: T[]) =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
export const names = (items: { name: string }[]) => sorted(items.map((item) => item.name));
export const edges = (connection: any) => connection.edges.map((edge: any) => edge.node);
export const personGid = (p: BenchParameters) => encodeGlobalID('Person', p.personId);
export const isThisServer = (contender: Contender) =>
  contender === 'this-server' || contender === 'no-batching';

/** A person's articles as each contender returns them (floor rows, the peer's list, a connection). */
export const personArticleRows = (contender: Contender, data: any) =>
  contender === 'cypher-floor'
    ? data
    : contender === 'neo4j-graphql'
      ? data.people[0].articles
      : edges(data.node.articles);
