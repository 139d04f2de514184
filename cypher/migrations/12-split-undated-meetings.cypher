// Older versions gave two undated meetings alike in place and participants one id, and merged
// undated reports from articles years apart: one node then joined several events. A report more
// than a week after the meeting's first report moves to a meeting of its own (one per article),
// with the place and the participants its article mentions; 13-prune-split-meetings then drops
// from the original the participants only those articles named. A no-op once done.
MATCH (m:Meeting)
WHERE m.date IS NULL
MATCH (a:Article)-[:REPORTS]->(m)
WITH m, min(date(a.publishedAt)) AS firstReport
MATCH (a:Article)-[r:REPORTS]->(m)
WHERE date(a.publishedAt) > firstReport + duration({days: 7})
CALL (m, a, r) {
  MERGE (split:Meeting {id: m.id + '~' + a.id})
  SET split.status = m.status, split.kind = m.kind, split.splitFrom = m.id
  MERGE (a)-[moved:REPORTS]->(split)
  SET moved.evidence = r.evidence
  WITH m, a, r, split
  CALL (m, split) {
    MATCH (m)-[:HELD_IN|IN_COUNTRY]->(place)
    WITH split, place, [(m)-[held:HELD_IN]->(place) | held] AS heldIn
    FOREACH (_ IN CASE WHEN size(heldIn) > 0 THEN [1] ELSE [] END | MERGE (split)-[:HELD_IN]->(place))
    FOREACH (_ IN CASE WHEN size(heldIn) = 0 THEN [1] ELSE [] END | MERGE (split)-[:IN_COUNTRY]->(place))
  }
  CALL (m, a, split) {
    MATCH (e:Entity)-[:PARTICIPATED_IN]->(m)
    WHERE (a)-[:MENTIONS]->(e)
    MERGE (e)-[:PARTICIPATED_IN]->(split)
  }
  DELETE r
}
