// Batch: the regions in each country.
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (region:Region)-[:LOCATED_IN]->(c)
WITH id, region ORDER BY region.name
RETURN id, collect(@entity-record(region, $entity)) AS entities
