// Floor for the three-level walk: a person's articles → their entities → each entity's articles.
// Each distinct entity's first articles are found once, however many of the articles name it.
MATCH (:Person {id: $personId})<-[:MENTIONS]-(a:Article)
WITH a ORDER BY a.publishedAt, a.id LIMIT 10
WITH collect(a) AS articles
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:MENTIONS]->(e:Entity)
  WITH DISTINCT e
  CALL (e) {
    MATCH (e)<-[:MENTIONS]-(b:Article)
    WITH b ORDER BY b.publishedAt, b.id LIMIT 5
    RETURN collect(b.title) AS titles
  }
  RETURN collect({entity: e, titles: titles}) AS firsts
}
UNWIND articles AS a
RETURN a.title AS title,
  [(a)-[:MENTIONS]->(e:Entity) | {name: e.name, articles: [first IN firsts WHERE first.entity = e | first.titles][0]}] AS entities
