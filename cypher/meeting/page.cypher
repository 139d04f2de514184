// Root list: meetings filtered by date range, place (city id) and participant (entity id), in date
// order (undated last), offset-paged, with the total and the page's participants' records once
// each (see entity/meetings).
// The reporting sentences (most of a meeting's record) only $withEvidence (see meeting/evidence).
// Where it was held (city and country ids: two more expansions per meeting) only $withLocation (see meeting/locations).
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
// The date leaves as text: decoding a Date object per meeting cost the driver more than the rest of the record.
CALL () {
  MATCH (m:Meeting)
  WHERE ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
    AND ($place IS NULL OR EXISTS { (m)-[:HELD_IN]->(:City {id: $place}) })
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  RETURN count(m) AS total
}
CALL () {
  MATCH (m:Meeting)
  WHERE ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
    AND ($place IS NULL OR EXISTS { (m)-[:HELD_IN]->(:City {id: $place}) })
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  WITH m ORDER BY m.date IS NULL, m.date, m.id SKIP $offset LIMIT $limit
  WITH collect(m) AS page
  RETURN [m IN page | m {
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
    UNWIND page AS m
    MATCH (p:Entity)-[:PARTICIPATED_IN]->(m)
    WITH DISTINCT p
    RETURN p {
      .id, .name,
      details: CASE WHEN $withEntityDetails THEN p { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
      kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }
  } AS participants
}
RETURN total, meetings, participants
