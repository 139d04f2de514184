// Batch: the cities in each country.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (city:City)-[:LOCATED_IN]->(c)
WITH id, city ORDER BY city.name
RETURN id, collect(city {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN city { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(city) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
