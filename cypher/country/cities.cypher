// Batch: the cities in each country.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (city:City)-[:LOCATED_IN]->(c)
WITH id, city ORDER BY city.name
RETURN id, collect(@entity-record(city, $entity)) AS entities
