// Floor for "a person's articles and the people they mention".
MATCH (:Person {id: $personId})<-[:MENTIONS]-(a:Article)
WITH a ORDER BY a.publishedAt, a.id LIMIT 20
RETURN a.title AS title, COLLECT { MATCH (a)-[:MENTIONS]->(q:Person) RETURN q.name } AS people
