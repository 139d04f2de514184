// The direct article→entity shortcut, with how often the article names the entity.
UNWIND $links AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[r:MENTIONS]->(e)
SET r.count = row.count
