// $merges: [{fromId, intoId}]: a person known by surname alone becomes the person a later article
// named in full. Every link moves to the full name (an article that mentions both keeps one
// MENTIONS link holding both's occurrences), a MergedPerson keeps the surname's id so a reload of
// its article merges again, and the node goes. DELETE, not DETACH DELETE: a link of a kind not
// moved here fails the page's transaction instead of being lost.
UNWIND $merges AS row
MATCH (from:Person {id: row.fromId})
MATCH (into:Person {id: row.intoId})
WHERE from <> into
CALL (from, into) {
  MATCH (a:Article)-[r:MENTIONS]->(from)
  OPTIONAL MATCH (a)-[t:MENTIONS]->(into)
  FOREACH (x IN CASE WHEN t IS NULL THEN [1] ELSE [] END |
    CREATE (a)-[n:MENTIONS]->(into)
    SET n = properties(r))
  FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END |
    SET x.count = x.count + r.count, x.fields = x.fields + r.fields, x.starts = x.starts + r.starts,
        x.ends = x.ends + r.ends, x.surfaces = x.surfaces + r.surfaces, x.kinds = x.kinds + r.kinds,
        x.sentences = x.sentences + r.sentences)
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r:PARTICIPATED_IN]->(m:Meeting)
  MERGE (into)-[:PARTICIPATED_IN]->(m)
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r:SAID]->(q:Quote)
  MERGE (into)-[:SAID]->(q)
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r:HOLDS]->(pos:Position)
  MERGE (into)-[:HOLDS]->(pos)
  DELETE r
}
CALL (from, into) {
  MATCH (q:Quote)-[r:ABOUT]->(from)
  MERGE (q)-[:ABOUT]->(into)
  DELETE r
}
CALL (from, into) {
  MATCH (earlier:MergedPerson {into: from.id})
  SET earlier.into = into.id
}
MERGE (redirect:MergedPerson {id: from.id})
SET redirect.into = into.id
WITH from, from.id AS id
DELETE from
RETURN count(id) AS merged
