// Batch: the country each city lies in.
UNWIND $ids AS id
MATCH (:City {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, @entity-record(c, $entity) AS entity
