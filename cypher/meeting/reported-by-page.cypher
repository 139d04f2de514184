// Batch: per meeting of $ids, one page of the articles reporting it (publishedAt order, after the
// keyset cursor $cursorAt/$cursorId, null on a first page), and the total. $limit rows each.
// publishedAt leaves as text (publishedAtKey, zone id included): decoding zoned DateTimes in the driver
// costs more than running the statement; and only $withPublishedAt (formatting it was about a fifth of
// Neo4j's work on pages of titles: see article/published-at). The text fields only $withText (see article/texts).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
CALL (m) {
  MATCH (a:Article)-[:REPORTS]->(m)
  WHERE $cursorAt IS NULL
    OR a.publishedAt > datetime($cursorAt)
    OR (a.publishedAt = datetime($cursorAt) AND a.id > $cursorId)
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(a {
    .id, .title,
    publishedAtKey: CASE WHEN $withPublishedAt THEN toString(a.publishedAt) END,
    details: CASE WHEN $withArticleDetails THEN a { .language, .url, .degraded } END,
    text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
  }) AS articles
}
RETURN id AS key, articles,
  CASE WHEN $withTotal THEN COUNT { (:Article)-[:REPORTS]->(m) } END AS total
