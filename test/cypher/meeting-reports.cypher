// Tests: every meeting by id, with its kind, place, participants and reporting articles' ids.
MATCH (m:Meeting)
CALL (m) {
  MATCH (e:Entity)-[:PARTICIPATED_IN]->(m) WITH e ORDER BY e.id RETURN collect(e.id) AS participants
}
CALL (m) {
  MATCH (a:Article)-[:REPORTS]->(m) WITH a ORDER BY a.publishedAt RETURN collect(a.id) AS reportedBy
}
RETURN m.id AS id, m.kind AS kind, [(m)-[:HELD_IN]->(c:City) | c.id][0] AS place,
  participants, reportedBy
ORDER BY id
