import { isThisServer, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

export default defineOperation(import.meta.url, {
  name: 'search',
  description: 'full-text search over articles and entity names, ten hits',
  depth: 1,
  variables: (p) => ({ q: p.searchText }),
  floorParams: (p) => ({ query: p.searchText, limit: 10 }),
  answer: (contender, data) => {
    const rows = isThisServer(contender)
      ? data.search.map((hit: any) => ({ label: hit.node.title ?? hit.node.name, score: hit.score }))
      : contender === 'cypher-floor'
        ? data
        : data.search;
    return sorted(
      rows.map((row: any) => ({ label: row.label, score: Math.round(row.score * 1000) / 1000 })),
    );
  },
});
