// Floor for "full-text search over articles and entity names", titles and names directly.
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, node.title AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, node.name AS label, score
}
RETURN label, score
ORDER BY score DESC, id
LIMIT $limit
