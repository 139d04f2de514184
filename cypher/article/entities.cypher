// Batch: the entities each article mentions, most mentioned first; $relation is the relation's
// parts (labels to keep, or null for all; the entity records' parts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, @article-entities(a, $relation, entity-record) AS entities
