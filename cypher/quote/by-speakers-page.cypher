// Batch: per entity of $ids, one page of what it said, newest first (ties by id), with the total:
// about the entity $about (or any), published in [$from, $to).
UNWIND $ids AS id
MATCH (speaker:Entity {id: id})
CALL (speaker) {
  MATCH (speaker)-[:SAID]->(q:Quote)
  WHERE ($about IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $about}) })
    AND ($from IS NULL OR q.publishedAt >= datetime($from))
    AND ($to IS NULL OR q.publishedAt < datetime($to))
  RETURN count(q) AS total
}
CALL (speaker) {
  MATCH (speaker)-[:SAID]->(q:Quote)
  WHERE ($about IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $about}) })
    AND ($from IS NULL OR q.publishedAt >= datetime($from))
    AND ($to IS NULL OR q.publishedAt < datetime($to))
  WITH q ORDER BY q.publishedAt DESC, q.id SKIP $offset LIMIT $limit
  RETURN collect(q {
    .id, .text, .direct, .speakerText, .field, .start, .end, .sentence,
    publishedAt: toString(q.publishedAt),
    articleId: [(q)-[:IN]->(a:Article) | a.id][0],
    speakerId: speaker.id,
    aboutIds: [(q)-[:ABOUT]->(e:Entity) | e.id]
  }) AS quotes
}
RETURN id, total, quotes
