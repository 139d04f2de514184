import { names, personArticleRows, personGid, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

interface Row {
  title: string;
  people: string[] | { name: string }[];
}

export default defineOperation(import.meta.url, {
  name: 'personCoMentions',
  description: "a person's first 20 articles and the people each mentions",
  depth: 2,
  variables: (p) => ({ id: personGid(p) }),
  peerVariables: (p) => ({ id: p.personId }),
  floorParams: (p) => ({ personId: p.personId }),
  answer: (contender, data) =>
    sorted(
      personArticleRows<Row>(contender, data).map((row) => ({
        title: row.title,
        people:
          contender === 'cypher-floor'
            ? sorted(row.people as string[])
            : names(row.people as { name: string }[]),
      })),
    ),
});
