import { isThisServer, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

interface Hit {
  label: string | undefined;
  score: number;
}

export default defineOperation(import.meta.url, {
  name: 'search',
  description: 'full-text search over articles and entity names, ten hits',
  depth: 1,
  variables: (p) => ({ q: p.searchText }),
  floorParams: (p) => ({ query: p.searchText, limit: 10 }),
  answer: (contender, data) => {
    const rows: Hit[] = isThisServer(contender)
      ? (
          data as { search: { node: { title?: string; name?: string }; score: number }[] }
        ).search.map((hit) => ({ label: hit.node.title ?? hit.node.name, score: hit.score }))
      : contender === 'cypher-floor'
        ? (data as Hit[])
        : (data as { search: Hit[] }).search;
    return sorted(
      rows.map((row) => ({ label: row.label, score: Math.round(row.score * 1000) / 1000 })),
    );
  },
});
