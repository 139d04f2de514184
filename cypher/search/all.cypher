// Full-text hits among articles (German analyzer) and entity names and aliases, ranked together,
// each with its node's record (the projections of article/by-ids and entity/by-ids), so that the
// hits' nodes need no second statement.
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node AS a, score
  RETURN a.id AS id, 'Article' AS label, score, a {
    .id, .title, publishedAt: split(toString(a.publishedAt), '[')[0], .lead, .body, .captions, .photoCredits,
    .signature, .language, .url, .degraded, publishedAtKey: toString(a.publishedAt)
  } AS record
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e, score
  RETURN e.id AS id, [label IN labels(e) WHERE label <> 'Entity'][0] AS label, score, e {
    .id, .name, .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence,
    kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  } AS record
}
RETURN id, label, score, record
ORDER BY score DESC, id
LIMIT $limit
