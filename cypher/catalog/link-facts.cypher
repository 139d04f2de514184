// Facts from the catalog: the country a person acts for, the country a city or region lies in.
UNWIND $facts AS row
MATCH (e:Entity {id: row.entityId})
MATCH (c:Country {id: row.countryId})
CALL (e, c) {
  WITH e, c WHERE e:Person
  MERGE (e)-[:CITIZEN_OF]->(c)
}
CALL (e, c) {
  WITH e, c WHERE e:City OR e:Organization OR e:Region
  MERGE (e)-[:LOCATED_IN]->(c)
}
