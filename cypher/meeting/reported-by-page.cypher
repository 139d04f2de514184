// Batch: per meeting, one page of the articles reporting it (publishedAt order), and the total.
// $limit rows each. $requests: [{key, meetingId, cursorAt, cursorId}]
// publishedAt leaves as text (publishedAtKey, zone id included): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details).
UNWIND $requests AS req
MATCH (m:Meeting {id: req.meetingId})
CALL (m, req) {
  MATCH (a:Article)-[:REPORTS]->(m)
  WHERE req.cursorAt IS NULL
    OR a.publishedAt > datetime(req.cursorAt)
    OR (a.publishedAt = datetime(req.cursorAt) AND a.id > req.cursorId)
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(a {
    .id, .title,
    publishedAtKey: toString(a.publishedAt),
    details: CASE WHEN $withArticleDetails THEN a { .language, .url, .degraded } END,
    text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
  }) AS articles
}
RETURN req.key AS key, articles,
  CASE WHEN $withTotal THEN COUNT { (:Article)-[:REPORTS]->(m) } END AS total
