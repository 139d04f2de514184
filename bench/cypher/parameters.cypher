// Benchmark parameters from the loaded graph: a popular person (10th by articles), a less popular
// one (50th, or the last there is) for paths, and the country at the most meetings.
CALL () {
  MATCH (p:Person)<-[:MENTIONS]-(:Article)
  WITH p, count(*) AS articles
  ORDER BY articles DESC, p.id
  WITH collect(p.id)[0..50] AS ranked
  RETURN ranked[CASE WHEN size(ranked) > 10 THEN 9 ELSE 0 END] AS personId, ranked[size(ranked) - 1] AS otherPersonId
}
CALL () {
  MATCH (c:Country)-[:PARTICIPATED_IN]->(:Meeting)
  WITH c, count(*) AS meetings
  ORDER BY meetings DESC, c.id
  LIMIT 1
  RETURN c.id AS countryId
}
RETURN personId, otherPersonId, countryId
