// Batch: the articles with these ids (missing ids are simply absent).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .title, .publishedAt, .lead, .body, .captions, .photoCredits, .signature,
  .language, .url, .degraded, publishedAtKey: toString(a.publishedAt)
} AS article
