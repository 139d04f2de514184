// $quotes: [[id, articleId, text, direct, speakerText, field, start, end, sentence, speakerIds,
// aboutIds]], one row per quote, positional like create-mentions' rows (a map per quote would
// repeat its key names). A quote carries its article's publishedAt, so lists by date need no join.
// CREATE, not MERGE: clear-article-statements removed the articles' quotes in this transaction,
// a quote's id is made from its article's, and the writer sends each id once.
UNWIND $quotes AS row
MATCH (a:Article {id: row[1]})
CREATE (q:Quote {id: row[0], text: row[2], direct: row[3], speakerText: row[4], field: row[5],
                 start: row[6], end: row[7], sentence: row[8], publishedAt: a.publishedAt})
CREATE (q)-[:IN]->(a)
WITH q, row
CALL (q, row) {
  UNWIND row[9] AS speakerId
  MATCH (speaker:Entity {id: speakerId})
  CREATE (speaker)-[:SAID]->(q)
}
CALL (q, row) {
  UNWIND row[10] AS aboutId
  MATCH (e:Entity {id: aboutId})
  CREATE (q)-[:ABOUT]->(e)
}
