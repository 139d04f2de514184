// Batch: the meetings held in each city, by date (undated last).
// The reporting sentences (most of a meeting's record) only $withEvidence (see meeting/evidence).
// Where it was held (city and country ids: two more expansions per meeting) only $withLocation (see meeting/locations).
// The date leaves as text: decoding a Date object per meeting cost the driver more than the rest of the record.
UNWIND $ids AS id
MATCH (city:City {id: id})
OPTIONAL MATCH (m:Meeting)-[:HELD_IN]->(city)
WITH id, m ORDER BY m.date IS NULL, m.date, m.id
RETURN id, collect(m {
    .id, date: toString(m.date), .status, kind: coalesce(m.kind, 'TALKS'),
    location: CASE WHEN $withLocation THEN {
      placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
      countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0]
    } END,
    participantIds: [(e:Entity)-[:PARTICIPATED_IN]->(m) | e.id],
    evidence: CASE WHEN $withEvidence
      THEN COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id } END
  }) AS meetings
