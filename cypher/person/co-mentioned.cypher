// Batch: per person, the people most often named in the same articles, with the number of
// shared articles. $requests: [{id, limit}]
UNWIND $requests AS req
MATCH (p:Person {id: req.id})
CALL (p, req) {
  MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Person)
  WHERE other <> p
  WITH other, count(DISTINCT a) AS shared
  ORDER BY shared DESC, other.name
  LIMIT req.limit
  RETURN collect({entityId: other.id, count: shared}) AS coMentions
}
RETURN req.id AS id, coMentions
