// Batch: per entity, one page of the articles that mention it (publishedAt order, keyset cursor),
// and the total; $limit rows each. $requests: [{key, entityId, from, to, cursorAt, cursorId}]
// publishedAt leaves as text (offset, no zone name): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
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
    .id, .title, publishedAt: split(toString(a.publishedAt), '[')[0], .language, .url, .degraded,
    publishedAtKey: toString(a.publishedAt),
    text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
  }) AS articles
}
RETURN req.key AS key, articles,
  COUNT {
    MATCH (e)<-[:MENTIONS]-(a:Article)
    WHERE (req.from IS NULL OR a.publishedAt >= datetime(req.from))
      AND (req.to IS NULL OR a.publishedAt < datetime(req.to))
  } AS total
