// Tests: every meeting with place, country, participants and reporting articles' date lines.
MATCH (m:Meeting)
CALL (m) {
  MATCH (e:Entity)-[:PARTICIPATED_IN]->(m) WITH e ORDER BY e.id RETURN collect(e.id) AS participants
}
CALL (m) {
  MATCH (a:Article)-[:REPORTS]->(m) WITH a ORDER BY a.publishedAt RETURN collect(a.publishedAtText) AS reportedBy
}
RETURN toString(m.date) AS date, m.status AS status,
  [(m)-[:HELD_IN]->(c:City) | c.id][0] AS place,
  [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0] AS country,
  participants, reportedBy
ORDER BY date
