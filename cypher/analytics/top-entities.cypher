// The most mentioned entities with label $label ('Entity' for all kinds) over all time: mentions
// and articles, with each entity's record (the projection of entity/by-ids) so that the entities
// need no second statement. Per entity of the label (entities are few); MENTIONS links come only
// from articles, so the articles themselves are not read (see top-entities-in-period for that).
MATCH (e:Entity)
WHERE $label IN labels(e)
CALL (e) {
  MATCH (e)<-[r:MENTIONS]-()
  RETURN sum(r.count) AS mentions, count(r) AS articles
}
WITH e, mentions, articles
WHERE articles > 0
ORDER BY mentions DESC, articles DESC, e.name
LIMIT $limit
RETURN e.id AS entityId, mentions, articles, @entity-record(e, $entity) AS entity
