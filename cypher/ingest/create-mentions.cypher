// $articles: [{id, entities: [{entityId, link: {count, fields, starts, ends, surfaces, kinds, sentences}}]}]
// Per article and entity ONE link that carries its occurrences as parallel lists in reading
// order: a node and two relationships per occurrence made mentions most of what a page wrote.
// CREATE, not MERGE, because clear-article-links removed the articles' old links in this transaction.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.entities AS entry
MATCH (e:Entity {id: entry.entityId})
CREATE (a)-[r:MENTIONS]->(e)
SET r = entry.link
