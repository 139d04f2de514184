// Batch: the country each city lies in.
UNWIND $ids AS id
MATCH (:City {id: id})-[:LOCATED_IN]->(c:Country)
RETURN id, c.id AS countryId
