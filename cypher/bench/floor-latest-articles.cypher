// Floor for "latest articles with their entities": one hand-written statement.
MATCH (a:Article)
WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT 20
RETURN a.title AS title, COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.name } AS entities
