// Batch: the articles with these ids (missing ids are simply absent).
// publishedAt leaves as text (publishedAtKey, zone id included): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .title,
  publishedAtKey: toString(a.publishedAt),
  details: CASE WHEN $withArticleDetails THEN a { .language, .url, .degraded } END,
  text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
} AS article
