// $positions: [{id, personId, title, organizationId, countryId, former}]: curated people's roles
// as positions. Articles reporting the same post add their reports to the same node.
UNWIND $positions AS row
MATCH (p:Person {id: row.personId})
MERGE (pos:Position {id: row.id})
SET pos.title = row.title, pos.curated = true, pos.catalogFormer = row.former
MERGE (p)-[:HOLDS]->(pos)
WITH pos, row
CALL (pos, row) {
  OPTIONAL MATCH (o:Organization {id: row.organizationId})
  FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | MERGE (pos)-[:AT]->(x))
}
CALL (pos, row) {
  OPTIONAL MATCH (c:Country {id: row.countryId})
  FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (pos)-[:FOR]->(x))
}
