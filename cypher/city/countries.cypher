// Batch: the country each city lies in.
UNWIND $ids AS id
MATCH (:City {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, c {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(c) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  } AS entity
