// Batch: per person, the $limit people most often named in the same articles, with the number of
// shared articles.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Person)
  WHERE other <> p
  WITH other, count(DISTINCT a) AS shared
  ORDER BY shared DESC, other.name
  LIMIT $limit
  RETURN collect({entity: other {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN other { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(other) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }, count: shared}) AS coMentions
}
RETURN id, coMentions
