// Floor for "latest articles with their entities": one hand-written statement. The range
// predicate lets the publishedAt index give the order, so LIMIT stops the scan early.
MATCH (a:Article)
WHERE a.publishedAt >= datetime('0001-01-01T00:00:00Z')
WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT 20
RETURN a.title AS title, COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.name } AS entities
