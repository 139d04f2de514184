// People the graph's articles of [$from, $to) named in full, leaving out the articles in $exclude
// (the page's own, when it is loaded again): what a bare surname on a new page may mean. The most
// recently named come first, each with the countries of the articles that named them, a context
// that tells namesakes apart (src/ingest/discover/spans.ts).
MATCH (a:Article)
WHERE datetime($from) <= a.publishedAt < datetime($to) AND NOT a.id IN $exclude
MATCH (a)-[:MENTIONS]->(p:Person)
WHERE p.name CONTAINS ' '
WITH p, max(a.publishedAt) AS last, collect(a) AS articles
ORDER BY last DESC, p.id
LIMIT $max
RETURN p.id AS id, p.name AS name, p.role AS role,
       COLLECT { UNWIND articles AS x MATCH (x)-[:MENTIONS]->(c:Country) RETURN DISTINCT c.id } AS countryIds
