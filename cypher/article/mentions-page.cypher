// Batch: per article, one page of its mentions in reading order (title, lead, body; then offset),
// rows $offset to $offset + $limit, and the total.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
  WITH m, e
  ORDER BY CASE m.field WHEN 'title' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, m.start, e.id
  SKIP $offset LIMIT $limit
  RETURN collect(m {
    .id, .surface, .field, .start, .end, .sentence, .kind,
    entity: e {
      .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
      kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }
  }) AS mentions
}
RETURN id AS key, mentions, COUNT { (a)-[:HAS_MENTION]->(:Mention) } AS total
