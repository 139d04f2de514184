// One page of quotes, newest first (ties by id), with the total: said by $speaker, about $about,
// published in [$from, $to), matching the full-text query $text (each filter only when given).
WITH CASE WHEN $text IS NULL THEN null
  ELSE COLLECT { CALL db.index.fulltext.queryNodes('quote_text', $text) YIELD node RETURN node.id }
END AS textHits
CALL (textHits) {
  MATCH (q:Quote)
  WHERE ($speaker IS NULL OR EXISTS { (:Entity {id: $speaker})-[:SAID]->(q) })
    AND ($about IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $about}) })
    AND ($from IS NULL OR q.publishedAt >= datetime($from))
    AND ($to IS NULL OR q.publishedAt < datetime($to))
    AND (textHits IS NULL OR q.id IN textHits)
  RETURN count(q) AS total
}
CALL (textHits) {
  MATCH (q:Quote)
  WHERE ($speaker IS NULL OR EXISTS { (:Entity {id: $speaker})-[:SAID]->(q) })
    AND ($about IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $about}) })
    AND ($from IS NULL OR q.publishedAt >= datetime($from))
    AND ($to IS NULL OR q.publishedAt < datetime($to))
    AND (textHits IS NULL OR q.id IN textHits)
  WITH q ORDER BY q.publishedAt DESC, q.id SKIP $offset LIMIT $limit
  RETURN collect(q {
    .id, .text, .direct, .speakerText, .field, .start, .end, .sentence,
    publishedAt: toString(q.publishedAt),
    articleId: [(q)-[:IN]->(a:Article) | a.id][0],
    speakerId: [(s:Entity)-[:SAID]->(q) | s.id][0],
    aboutIds: [(q)-[:ABOUT]->(e:Entity) | e.id]
  }) AS quotes
}
RETURN total, quotes
