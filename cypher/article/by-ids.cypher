// Batch: the articles with these ids (missing ids are simply absent).
// publishedAt leaves as text (publishedAtKey, zone id included): decoding zoned DateTimes in the driver
// costs more than running the statement; and only $withPublishedAt (formatting it was about a fifth of
// Neo4j's work on pages of titles: see article/published-at). The text fields only $withText (see article/texts).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .title,
  publishedAtKey: CASE WHEN $withPublishedAt THEN toString(a.publishedAt) END,
  details: CASE WHEN $withArticleDetails THEN a { .language, .url, .degraded } END,
  text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
} AS article
