// Tests: people by id with the date lines of the articles that mention them, their mentions'
// surfaces, and how many quotes they said.
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.publishedAtText ORDER BY a.publishedAtText } AS dateLines,
       COLLECT { MATCH (:Article)-[r:MENTIONS]->(p) UNWIND r.surfaces AS s RETURN s ORDER BY s } AS surfaces,
       COUNT { (p)-[:SAID]->(:Quote) } AS quotes
ORDER BY id
