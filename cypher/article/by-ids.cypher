// Batch: the articles with these ids (missing ids are simply absent).
// publishedAt leaves as text (offset, no zone name): decoding zoned DateTimes in the driver
// costs more than running the statement. The text fields come only $withText (see article/texts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .title, publishedAt: split(toString(a.publishedAt), '[')[0], .language, .url, .degraded,
  publishedAtKey: toString(a.publishedAt),
  text: CASE WHEN $withText THEN a { .lead, .body, .captions, .photoCredits, .signature } END
} AS article
