// Batch: the country each person acts for.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:CITIZEN_OF]->(c:Country)
RETURN id, c {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN c { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(c) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  } AS entity
