// $positions: [{id, personId, title, organizationId, organizationName, countryId, former,
// articleId, sentence}]: one Position per person, title and place of office; each report is a
// REPORTED_IN link to its article with the sentence and whether it called the post former.
UNWIND $positions AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Article {id: row.articleId})
MERGE (pos:Position {id: row.id})
SET pos.title = row.title, pos.organizationName = row.organizationName
MERGE (p)-[:HOLDS]->(pos)
MERGE (pos)-[r:REPORTED_IN]->(a)
SET r.sentence = row.sentence, r.former = row.former
WITH pos, row
CALL (pos, row) {
  OPTIONAL MATCH (o:Organization {id: row.organizationId})
  FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | MERGE (pos)-[:AT]->(x))
}
CALL (pos, row) {
  OPTIONAL MATCH (c:Country {id: row.countryId})
  FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (pos)-[:FOR]->(x))
}
