// Batch: the cities in each country.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (city:City)-[:LOCATED_IN]->(c)
WITH id, city ORDER BY city.name
RETURN id, collect(city {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(city) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
