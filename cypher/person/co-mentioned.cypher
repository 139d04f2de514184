// Batch: per person, the $limit people most often named in the same articles, with the number of
// shared articles.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Person)
  WHERE other <> p
  WITH other, count(DISTINCT a) AS shared
  ORDER BY shared DESC, other.name
  LIMIT $limit
  RETURN collect({entity: @entity-record(other, $entity), count: shared}) AS coMentions
}
RETURN id, coMentions
