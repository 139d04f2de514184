// As timeline, counting only articles published within [$from, $to) (either may be null).
MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to))
WITH date.truncate($unit, a.publishedAt) AS start, count(a) AS count
RETURN toString(start) AS start, count
ORDER BY start
