// Full-text hits among articles (German analyzer) and entity names and aliases, ranked together,
// each with its node's record (the projections of article/by-ids and entity/by-ids), so that the
// hits' nodes need no second statement. Records are built for the $limit winners only, after the
// two indexes' candidates are ranked together.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
// An article's details (language, URL, degraded flag) only $withArticleDetails (see article/details),
// its publishedAt only $withPublishedAt (see article/published-at).
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
WITH node, score, node:Article AS isArticle
RETURN node.id AS id,
  CASE WHEN isArticle THEN 'Article' ELSE [label IN labels(node) WHERE label <> 'Entity'][0] END AS label,
  score,
  CASE WHEN isArticle
    THEN node {
      .id, .title,
      publishedAtKey: CASE WHEN $withPublishedAt THEN toString(node.publishedAt) END,
      details: CASE WHEN $withArticleDetails THEN node { .language, .url, .degraded } END,
      text: CASE WHEN $withText THEN node { .lead, .body, .captions, .photoCredits, .signature } END
    }
    ELSE node {
      .id, .name,
      details: CASE WHEN $withEntityDetails THEN node { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
      kind: [label IN labels(node) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }
  END AS record
ORDER BY score DESC, id
