// $mentions: [{id, articleId, entityId, surface, field, start, end, sentence, kind}]
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:HAS_MENTION]->(m:Mention {
  id: row.id, surface: row.surface, field: row.field, start: row.start, end: row.end,
  sentence: row.sentence, kind: row.kind
})-[:REFERS_TO]->(e)
