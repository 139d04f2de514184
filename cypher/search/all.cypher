// Full-text hits among articles (German analyzer) and entity names and aliases, ranked together,
// each with its node's record (the projections of article/by-ids and entity/by-ids), so that the
// hits' nodes need no second statement. Records are built for the $limit winners only, after the
// two indexes' candidates are ranked together.
// $article and $entity are the records' parts (src/graph/parts.ts).
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
    THEN @article-record(node, $article)
    ELSE @entity-record(node, $entity)
  END AS record
ORDER BY score DESC, id
