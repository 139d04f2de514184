// Batch: the people who act for each country.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (p:Person)-[:CITIZEN_OF]->(c)
WITH id, p ORDER BY p.name
RETURN id, collect(p {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN p { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
