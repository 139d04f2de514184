// Batch: the country each region lies in.
UNWIND $ids AS id
MATCH (:Region {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, @entity-record(c, $entity) AS entity
