import { type Connection, edges, names, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

interface Row {
  title: string;
  entities: string[] | { name: string }[];
}

export default defineOperation(import.meta.url, {
  name: 'latestArticles',
  description: 'the 20 latest articles with the entities each mentions',
  depth: 2,
  answer: (contender, data) => {
    const rows =
      contender === 'cypher-floor'
        ? (data as Row[])
        : contender === 'neo4j-graphql'
          ? (data as { articles: Row[] }).articles
          : edges((data as { articles: Connection<Row> }).articles);
    return sorted(
      rows.map((row) => ({
        title: row.title,
        entities:
          contender === 'cypher-floor'
            ? sorted(row.entities as string[])
            : names(row.entities as { name: string }[]),
      })),
    );
  },
});
