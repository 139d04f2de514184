// Batch: meetings with these ids, with place, country and participants' ids.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m {
  .id, .date, .status,
  placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
  countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0],
  participantIds: [(e:Entity)-[:PARTICIPATED_IN]->(m) | e.id],
  evidence: COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id }
} AS meeting
