// One page of articles, oldest first (ties by id), after a keyset cursor, with the total matching
// the filter when $withTotal (null otherwise). Filters: published in [$from, $to), mentioning every
// entity in $mentions, matching the full-text query $text. The page's range predicate is always
// there (open ends made explicit) so that the publishedAt index gives the order and LIMIT stops
// the scan early. $cursorAt/$cursorId are null on the first page.
// Full-text hits only when $text is given (CASE does not evaluate the other branch).
// $article is ArticleParts: what the records read, and which relations they carry.
WITH CASE WHEN $text IS NULL THEN null
  ELSE COLLECT { CALL db.index.fulltext.queryNodes('article_text', $text) YIELD node RETURN node.id }
END AS textHits
WITH textHits, CASE WHEN $withTotal THEN COUNT {
  MATCH (a:Article)
  WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
    AND ($to IS NULL OR a.publishedAt < datetime($to))
    AND ($mentions IS NULL OR all(entityId IN $mentions WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {id: entityId}) }))
    AND (textHits IS NULL OR a.id IN textHits)
} END AS total
CALL (textHits) {
  MATCH (a:Article)
  WHERE a.publishedAt >= datetime(coalesce($from, '0001-01-01T00:00:00Z'))
    AND a.publishedAt < datetime(coalesce($to, '9999-12-31T23:59:59Z'))
    AND ($mentions IS NULL OR all(entityId IN $mentions WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {id: entityId}) }))
    AND (textHits IS NULL OR a.id IN textHits)
    AND ($cursorAt IS NULL
      OR a.publishedAt > datetime($cursorAt)
      OR (a.publishedAt = datetime($cursorAt) AND a.id > $cursorId))
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(@article(a, $article)) AS articles
}
RETURN total, articles
