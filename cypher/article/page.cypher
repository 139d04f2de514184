// One page of articles in publishedAt order (ties broken by id), after a keyset cursor, plus the
// total matching the filter. $cursorAt/$cursorId are null on the first page.
CALL () {
  MATCH (a:Article)
  WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
    AND ($to IS NULL OR a.publishedAt < datetime($to))
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
    AND ($to IS NULL OR a.publishedAt < datetime($to))
    AND ($cursorAt IS NULL
      OR a.publishedAt > datetime($cursorAt)
      OR (a.publishedAt = datetime($cursorAt) AND a.id > $cursorId))
  WITH a ORDER BY a.publishedAt, a.id LIMIT $limit
  RETURN collect(a {
    .id, .title, .publishedAt, .lead, .body, .captions, .photoCredits, .signature,
    .language, .url, .degraded, publishedAtKey: toString(a.publishedAt)
  }) AS articles
}
RETURN total, articles
