// The most mentioned entities with label $label ('Entity' for all kinds), within [$from, $to):
// mentions and articles. Per entity of the label (entities are few), so that only that kind's
// MENTIONS relationships are read, not every article's.
MATCH (e:Entity)
WHERE $label IN labels(e)
CALL (e) {
  MATCH (e)<-[r:MENTIONS]-(a:Article)
  WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
    AND ($to IS NULL OR a.publishedAt < datetime($to))
  RETURN sum(r.count) AS mentions, count(a) AS articles
}
WITH e, mentions, articles
WHERE articles > 0
ORDER BY mentions DESC, articles DESC, e.name
LIMIT $limit
RETURN e.id AS entityId, mentions, articles
