// Batch: the country each organisation belongs to (a ministry's, an embassy's, a broadcaster's state).
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, @entity-record(c, $entity) AS entity
