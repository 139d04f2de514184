// Batch: the people who act for each country.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (p:Person)-[:CITIZEN_OF]->(c)
WITH id, p ORDER BY p.name
RETURN id, collect(p {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(p) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
