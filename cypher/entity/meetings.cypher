// Batch: the meetings each entity took part in, by date (undated last), each with its
// participants' records (their level needs no statement of its own).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)
WITH id, m ORDER BY m.date IS NULL, m.date, m.id
RETURN id, collect(m {
    .id, .date, .status,
    placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
    countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0],
    participants: [(p:Entity)-[:PARTICIPATED_IN]->(m) | p {
      .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
      kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }],
    evidence: COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id }
  }) AS meetings
