// @neo4j/graphql peer, Query.topPeople (an @cypher field): as bench/floor-top-people.
MATCH (a:Article)-[r:MENTIONS]->(e:Person)
WITH e, sum(r.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, articles DESC, e.name
LIMIT 10
RETURN {name: e.name, count: mentions} AS row
