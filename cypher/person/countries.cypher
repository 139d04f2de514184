// Batch: the country each person acts for.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:CITIZEN_OF]->(c:Country)
RETURN id, @entity-record(c, $entity) AS entity
