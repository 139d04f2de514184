// Batch: the country each person acts for.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:CITIZEN_OF]->(c:Country)
RETURN id, c {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(c) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  } AS entity
