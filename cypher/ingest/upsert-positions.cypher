// $positions: [[id, personId, title, organizationName, organizationId, countryId, reports]], one
// row per post of the page (positional, like create-mentions' rows), reports: [[articleId,
// sentence, former]], one per reporting article: one Position per person, title and place of
// office; each report is a REPORTED_IN link to its article with the sentence and whether it
// called the post former. The links are CREATEd: clear-article-statements removed the articles'
// reports in this transaction, and the writer sends one report per post and article.
UNWIND $positions AS row
MATCH (p:Person {id: row[1]})
MERGE (pos:Position {id: row[0]})
SET pos.title = row[2], pos.organizationName = row[3]
MERGE (p)-[:HOLDS]->(pos)
WITH pos, row
CALL (pos, row) {
  UNWIND row[6] AS report
  MATCH (a:Article {id: report[0]})
  CREATE (pos)-[:REPORTED_IN {sentence: report[1], former: report[2]}]->(a)
}
CALL (pos, row) {
  MATCH (o:Organization {id: row[4]})
  MERGE (pos)-[:AT]->(o)
}
CALL (pos, row) {
  MATCH (c:Country {id: row[5]})
  MERGE (pos)-[:FOR]->(c)
}
