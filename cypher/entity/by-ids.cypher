// Batch: entities (Person, Country, City, Organization) with these ids.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {
  .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
  kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
} AS entity
