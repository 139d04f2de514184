// @neo4j/graphql peer, Query.search (an @cypher field): as bench/floor-search with ten hits.
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: 10}) YIELD node, score
  RETURN node.id AS id, node.title AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 10}) YIELD node, score
  RETURN node.id AS id, node.name AS label, score
}
WITH id, label, score ORDER BY score DESC, id LIMIT 10
RETURN {label: label, score: score} AS hit
