import { edges, isThisServer, personArticleRows, personGid, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

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
      personArticleRows(contender, data).map((row: any) => ({
        title: row.title,
        entities: sorted(
          row.entities.map((entity: any) => ({
            name: entity.name,
            articles: sorted(
              isThisServer(contender)
                ? edges(entity.articles).map((article: any) => article.title)
                : contender === 'neo4j-graphql'
                  ? entity.articles.map((article: any) => article.title)
                  : entity.articles,
            ),
          })),
        ),
      })),
    ),
});
