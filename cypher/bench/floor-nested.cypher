// Floor for the three-level walk: a person's articles → their entities → each entity's articles.
MATCH (:Person {id: $personId})<-[:MENTIONS]-(a:Article)
WITH a ORDER BY a.publishedAt, a.id LIMIT 10
RETURN a.title AS title, COLLECT {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN e {
    .name,
    articles: COLLECT { MATCH (e)<-[:MENTIONS]-(b:Article) WITH b ORDER BY b.publishedAt, b.id LIMIT 5 RETURN b.title }
  }
} AS entities
