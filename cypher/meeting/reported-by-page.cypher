// Batch: per meeting, one page of the articles reporting it (publishedAt order), and the total.
// $limit rows each. $requests: [{key, meetingId, cursorAt, cursorId}]
// publishedAt leaves as text (offset, no zone name): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
UNWIND $requests AS req
MATCH (m:Meeting {id: req.meetingId})
CALL (m, req) {
  MATCH (a:Article)-[:REPORTS]->(m)
  WHERE req.cursorAt IS NULL
    OR a.publishedAt > datetime(req.cursorAt)
    OR (a.publishedAt = datetime(req.cursorAt) AND a.id > req.cursorId)
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(a {
    .id, .title, publishedAt: split(toString(a.publishedAt), '[')[0], .language, .url, .degraded,
    publishedAtKey: toString(a.publishedAt),
    text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
  }) AS articles
}
RETURN req.key AS key, articles, COUNT { (:Article)-[:REPORTS]->(m) } AS total
