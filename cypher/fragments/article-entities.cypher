// Fragment: the entities article node_ mentions, most mentioned first, rows made by @row_;
// parts_.labels keeps only those labels (null: all).
COLLECT {
  MATCH (node_)-[node_mention:MENTIONS]->(node_entity:Entity)
  WHERE parts_.labels IS NULL OR any(node_label IN labels(node_entity) WHERE node_label IN parts_.labels)
  WITH node_entity, node_mention ORDER BY node_mention.count DESC, node_entity.name, node_entity.id
  RETURN @row_(node_entity, parts_.entity)
}
