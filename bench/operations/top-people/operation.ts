import { isThisServer } from '../answers.js';
import { defineOperation } from '../define.js';

export default defineOperation(import.meta.url, {
  name: 'topPeople',
  description: 'the ten most mentioned people',
  depth: 1,
  answer: (contender, data) => {
    if (isThisServer(contender)) {
      return data.topEntities.map((row: any) => ({ name: row.entity.name, count: row.count }));
    }
    return (contender === 'cypher-floor' ? data : data.topPeople).map((row: any) => ({
      name: row.name,
      count: row.count,
    }));
  },
});
