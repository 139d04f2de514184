// Batch: per article, one page of its mentions in reading order (title, lead, body; then offset).
// $requests: [{key, articleId, offset, limit}]
UNWIND $requests AS req
MATCH (a:Article {id: req.articleId})
CALL (a, req) {
  MATCH (a)-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
  WITH m, e
  ORDER BY CASE m.field WHEN 'title' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, m.start
  SKIP req.offset LIMIT req.limit
  RETURN collect(m {.id, .surface, .field, .start, .end, .sentence, .kind, entityId: e.id}) AS mentions
}
RETURN req.key AS key, mentions, COUNT { (a)-[:HAS_MENTION]->(:Mention) } AS total
