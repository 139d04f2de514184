import { isThisServer } from '../answers.js';
import { defineOperation } from '../define.js';

interface Row {
  name: string;
  count: number;
}

export default defineOperation(import.meta.url, {
  name: 'topPeople',
  description: 'the ten most mentioned people',
  depth: 1,
  answer: (contender, data) => {
    if (isThisServer(contender)) {
      const { topEntities } = data as {
        topEntities: { entity: { name: string }; count: number }[];
      };
      return topEntities.map((row) => ({ name: row.entity.name, count: row.count }));
    }
    const rows =
      contender === 'cypher-floor' ? (data as Row[]) : (data as { topPeople: Row[] }).topPeople;
    return rows.map((row) => ({
      name: row.name,
      count: row.count,
    }));
  },
});
