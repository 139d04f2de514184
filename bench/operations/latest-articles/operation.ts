import { edges, names, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

export default defineOperation(import.meta.url, {
  name: 'latestArticles',
  description: 'the 20 latest articles with the entities each mentions',
  depth: 2,
  answer: (contender, data) => {
    const rows =
      contender === 'cypher-floor'
        ? data
        : contender === 'neo4j-graphql'
          ? data.articles
          : edges(data.articles);
    return sorted(
      rows.map((row: any) => ({
        title: row.title,
        entities: contender === 'cypher-floor' ? sorted(row.entities) : names(row.entities),
      })),
    );
  },
});
