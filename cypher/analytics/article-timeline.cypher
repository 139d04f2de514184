// How many articles were published per day, week or month ($unit), over the whole graph or within
// [$from, $to) (either may be null). Articles without a date are left out.
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL
  AND ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to))
WITH date.truncate($unit, a.publishedAt) AS start, count(a) AS count
RETURN toString(start) AS start, count
ORDER BY start
