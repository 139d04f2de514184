// The most mentioned entities (of one label, or all), within [$from, $to): mentions and articles.
MATCH (a:Article)-[r:MENTIONS]->(e:Entity)
WHERE ($label IS NULL OR $label IN labels(e))
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to))
WITH e, sum(r.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, articles DESC, e.name
LIMIT $limit
RETURN e.id AS entityId, mentions, articles
