// How many articles mention an entity per day, week or month ($unit), within [$from, $to).
MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to))
WITH date.truncate($unit, a.publishedAt) AS start, count(a) AS count
RETURN toString(start) AS start, count
ORDER BY start
