// Floor for "the ten most mentioned people".
MATCH (a:Article)-[r:MENTIONS]->(e:Person)
WITH e, sum(r.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, articles DESC, e.name
LIMIT 10
RETURN e.name AS name, mentions AS count
