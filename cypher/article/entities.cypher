// Batch: the entities each article mentions, most mentioned first; $labels filters by label (null: all).
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r:MENTIONS]->(e:Entity)
WHERE $labels IS NULL OR any(label IN labels(e) WHERE label IN $labels)
WITH id, e, r ORDER BY r.count DESC, e.name
RETURN id, collect(e {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN e { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
