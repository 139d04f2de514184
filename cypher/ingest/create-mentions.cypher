// $articles: [{id, entities: [{entityId, mentions: [{id, surface, field, start, end, sentence, kind}]}]}]
// Per article and entity: the MENTIONS shortcut (with its count) and each mention with its evidence.
// Grouped so that each article and each (article, entity) pair is looked up once, not per mention;
// CREATE, not MERGE, because clear-article-links removed the articles' old links in this transaction.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
CALL (a, article) {
  UNWIND article.entities AS entry
  MATCH (e:Entity {id: entry.entityId})
  CREATE (a)-[:MENTIONS {count: size(entry.mentions)}]->(e)
  WITH a, e, entry
  UNWIND entry.mentions AS row
  CREATE (a)-[:HAS_MENTION]->(:Mention {
    id: row.id, surface: row.surface, field: row.field, start: row.start, end: row.end,
    sentence: row.sentence, kind: row.kind
  })-[:REFERS_TO]->(e)
}
