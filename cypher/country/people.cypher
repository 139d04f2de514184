// Batch: the people who act for each country.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (p:Person)-[:CITIZEN_OF]->(c)
WITH id, p ORDER BY p.name
RETURN id, collect(@entity-record(p, $entity)) AS entities
