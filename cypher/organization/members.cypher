// Batch: the member states of each format or alliance, by name.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (c:Country)-[:MEMBER_OF]->(o)
WITH id, c ORDER BY c.name
RETURN id, collect(@entity-record(c, $entity)) AS entities
