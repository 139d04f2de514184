// Batch: per article of $ids, its quotes in reading order (title, lead, body).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (q:Quote)-[:IN]->(a)
  WITH q ORDER BY CASE q.field WHEN 'title' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, q.start
  RETURN collect(q {
    .id, .text, .direct, .speakerText, .field, .start, .end, .sentence,
    publishedAt: toString(q.publishedAt),
    articleId: a.id,
    speakerId: [(s:Entity)-[:SAID]->(q) | s.id][0],
    aboutIds: [(q)-[:ABOUT]->(e:Entity) | e.id]
  }) AS quotes
}
RETURN id, quotes
