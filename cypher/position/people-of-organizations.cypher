// Batch: per organisation of $ids, one page of the people who hold or held a position there (by
// name), with the total.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (p:Person)-[:HOLDS]->(:Position)-[:AT]->(o)
  RETURN count(DISTINCT p) AS total
}
CALL (o) {
  MATCH (p:Person)-[:HOLDS]->(:Position)-[:AT]->(o)
  WITH DISTINCT p ORDER BY p.name, p.id SKIP $offset LIMIT $limit
  RETURN collect(p.id) AS people
}
RETURN id, total, people
