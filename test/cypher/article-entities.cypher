// Tests: for each article (by its date line), the ids of the entities it mentions.
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
WITH a, e ORDER BY e.id
RETURN a.publishedAtText AS dateLine, collect(e.id) AS entityIds
ORDER BY dateLine
