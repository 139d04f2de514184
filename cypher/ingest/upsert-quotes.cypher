// $quotes: [{id, articleId, text, direct, speakerId, speakerText, field, start, end, sentence,
// aboutIds}]. A quote carries its article's publishedAt, so lists by date need no join.
UNWIND $quotes AS row
MATCH (a:Article {id: row.articleId})
MERGE (q:Quote {id: row.id})
SET q.text = row.text,
    q.direct = row.direct,
    q.speakerText = row.speakerText,
    q.field = row.field,
    q.start = row.start,
    q.end = row.end,
    q.sentence = row.sentence,
    q.publishedAt = a.publishedAt
MERGE (q)-[:IN]->(a)
WITH q, row
CALL (q, row) {
  OPTIONAL MATCH (speaker:Entity {id: row.speakerId})
  FOREACH (s IN CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END | MERGE (s)-[:SAID]->(q))
}
CALL (q, row) {
  UNWIND row.aboutIds AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (q)-[:ABOUT]->(e)
}
