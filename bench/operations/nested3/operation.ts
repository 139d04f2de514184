import {
  type Connection,
  edges,
  isThisServer,
  personArticleRows,
  personGid,
  sorted,
  type Titled,
} from '../answers.js';
import { defineOperation } from '../define.js';

interface Row {
  title: string;
  entities: { name: string; articles: string[] | Titled[] | Connection<Titled> }[];
}

export default defineOperation(import.meta.url, {
  name: 'nested3',
  description:
    "three levels: a person's 10 articles → their entities → each entity's first 5 articles",
  depth: 3,
  variables: (p) => ({ id: personGid(p) }),
  peerVariables: (p) => ({ id: p.personId }),
  floorParams: (p) => ({ personId: p.personId }),
  answer: (contender, data) =>
    sorted(
      personArticleRows<Row>(contender, data).map((row) => ({
        title: row.title,
        entities: sorted(
          row.entities.map((entity) => ({
            name: entity.name,
            articles: sorted(
              isThisServer(contender)
                ? edges(entity.articles as Connection<Titled>).map((article) => article.title)
                : contender === 'neo4j-graphql'
                  ? (entity.articles as Titled[]).map((article) => article.title)
                  : (entity.articles as string[]),
            ),
          })),
        ),
      })),
    ),
});
