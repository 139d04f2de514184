// As top-entities, counting only articles published within [$from, $to) (either may be null).
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
RETURN e.id AS entityId, mentions, articles, @entity-record(e, $entity) AS entity
