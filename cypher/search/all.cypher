// Full-text hits among articles (German analyzer) and entity names and aliases, ranked together.
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, 'Article' AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, [label IN labels(node) WHERE label <> 'Entity'][0] AS label, score
}
RETURN id, label, score
ORDER BY score DESC, id
LIMIT $limit
