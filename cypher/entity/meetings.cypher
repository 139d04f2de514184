// Batch: the meetings each entity took part in, by date (undated last). Each row also carries the
// records of its meetings' participants (the projection of entity/by-ids), once each: their level
// needs no statement of its own, and a country at a thousand meetings ships its partners once,
// not once per meeting.
// The reporting sentences (most of a meeting's record) only $withEvidence (see meeting/evidence).
// Where it was held (city and country ids: two more expansions per meeting) only $withLocation (see meeting/locations).
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
// The date leaves as text: decoding a Date object per meeting cost the driver more than the rest of the record.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)
WITH id, m ORDER BY m.date IS NULL, m.date, m.id
WITH id, collect(m) AS meetings
RETURN id,
  [m IN meetings | m {
    .id, date: toString(m.date), .status, kind: coalesce(m.kind, 'TALKS'),
    location: CASE WHEN $withLocation THEN {
      placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
      countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0]
    } END,
    participantIds: [(p:Entity)-[:PARTICIPATED_IN]->(m) | p.id],
    evidence: CASE WHEN $withEvidence
      THEN COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id } END
  }] AS meetings,
  COLLECT {
    UNWIND meetings AS m
    MATCH (p:Entity)-[:PARTICIPATED_IN]->(m)
    WITH DISTINCT p
    RETURN p {
      .id, .name,
      details: CASE WHEN $withEntityDetails THEN p { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
      kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }
  } AS participants
