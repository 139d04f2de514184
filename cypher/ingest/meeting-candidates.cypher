// Meetings already in the graph that share a participant with one of the page's meetings: the
// candidates for being the same event (the page writer decides, src/ingest/meetings/merge.ts).
UNWIND $participantIds AS participantId
MATCH (:Entity {id: participantId})-[:PARTICIPATED_IN]->(m:Meeting)
WITH DISTINCT m
WHERE NOT m.id IN $ids AND (m.date IS NULL OR date($from) <= m.date <= date($to))
RETURN m {
  .id, date: toString(m.date), dateInferred: coalesce(m.dateInferred, false), .status, kind: coalesce(m.kind, 'TALKS'),
  placeCityId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
  placeCountryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0],
  participantIds: [(e:Entity)-[:PARTICIPATED_IN]->(m) | e.id],
  reports: [(a:Article)-[r:REPORTS]->(m) |
    {articleId: a.id, evidence: r.evidence, publishedOn: toString(date(a.publishedAt))}]
} AS meeting
LIMIT 500
