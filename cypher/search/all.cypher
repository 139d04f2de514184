// Full-text hits among articles (German analyzer) and entity names and aliases, ranked together,
// each with its node's record (the projections of article/by-ids and entity/by-ids), so that the
// hits' nodes need no second statement. Records are built for the $limit winners only, after the
// two indexes' candidates are ranked together.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withDetails (see entity/details).
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
      .id, .title, publishedAt: split(toString(node.publishedAt), '[')[0], .language, .url, .degraded,
      publishedAtKey: toString(node.publishedAt),
      text: CASE WHEN $withText THEN node { .lead, .body, .captions, .photoCredits, .signature } END
    }
    ELSE node {
      .id, .name,
      details: CASE WHEN $withDetails THEN node { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
      kind: [label IN labels(node) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
    }
  END AS record
ORDER BY score DESC, id
