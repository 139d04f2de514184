// Batch: per entity, one page of the articles that mention it (publishedAt order, keyset cursor),
// and the total; $limit rows each. $requests: [{key, entityId, from, to, cursorAt, cursorId}]
// publishedAt leaves as text (publishedAtKey, zone id included): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details).
UNWIND $requests AS req
MATCH (e:Entity {id: req.entityId})
CALL (e, req) {
  MATCH (e)<-[:MENTIONS]-(a:Article)
  WHERE (req.from IS NULL OR a.publishedAt >= datetime(req.from))
    AND (req.to IS NULL OR a.publishedAt < datetime(req.to))
    AND (req.cursorAt IS NULL
      OR a.publishedAt > datetime(req.cursorAt)
      OR (a.publishedAt = datetime(req.cursorAt) AND a.id > req.cursorId))
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(a {
    .id, .title,
    publishedAtKey: toString(a.publishedAt),
    details: CASE WHEN $withArticleDetails THEN a { .language, .url, .degraded } END,
    text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
  }) AS articles
}
RETURN req.key AS key, articles,
  CASE WHEN $withTotal THEN COUNT {
    MATCH (e)<-[:MENTIONS]-(a:Article)
    WHERE (req.from IS NULL OR a.publishedAt >= datetime(req.from))
      AND (req.to IS NULL OR a.publishedAt < datetime(req.to))
  } END AS total
