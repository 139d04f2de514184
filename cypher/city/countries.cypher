// Batch: the country each city lies in.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (:City {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, c {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN c { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(c) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  } AS entity
