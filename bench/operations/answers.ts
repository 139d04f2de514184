import { encodeGlobalID } from '@pothos/plugin-relay';
import type { BenchParameters, Contender } from './types.js';

// Helpers the operations' answer normalisers share: order-free comparison, names out of objects,
// nodes out of connections.

export const sorted = <T>(items: T[]) =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
export const names = (items: { name: string }[]) => sorted(items.map((item) => item.name));

// The shapes the normalisers read. Responses are parsed JSON cast to these: comparing the four
// contenders' answers is what checks them.
export interface Titled {
  title: string;
}
export interface Connection<Node> {
  edges: { node: Node }[];
}
export const edges = <Node>(connection: Connection<Node>) =>
  connection.edges.map((edge) => edge.node);
/** A list's first item; an empty list is a wrong answer, not an empty one. */
export const first = <T>(items: T[]): T => {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
};
export const personGid = (p: BenchParameters) => encodeGlobalID('Person', p.personId);
export const isThisServer = (contender: Contender) =>
  contender === 'this-server' || contender === 'this-server-cached' || contender === 'no-batching';

/** A person's articles as each contender returns them (floor rows, the peer's list, a connection). */
export const personArticleRows = <Row>(contender: Contender, data: unknown): Row[] =>
  contender === 'cypher-floor'
    ? (data as Row[])
    : contender === 'neo4j-graphql'
      ? first((data as { people: { articles: Row[] }[] }).people).articles
      : edges((data as { node: { articles: Connection<Row> } }).node.articles);
