// Batch: meetings with these ids, with place, country and participants' records (as entity/by-ids projects them).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m {
  .id, .date, .status,
  placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
  countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0],
  participants: [(p:Entity)-[:PARTICIPATED_IN]->(m) | p {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }],
  evidence: COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id }
} AS meeting
