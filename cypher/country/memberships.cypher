// Batch: the formats and alliances each country is a member of, by name.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (c)-[:MEMBER_OF]->(o:Organization)
WITH id, o ORDER BY o.name
RETURN id, collect(@entity-record(o, $entity)) AS entities
