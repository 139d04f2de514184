// Batch: entities (Person, Country, City, Organization) with these ids.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {
  .id, .name,
  details: CASE WHEN $withEntityDetails THEN e { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
  kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
} AS entity
