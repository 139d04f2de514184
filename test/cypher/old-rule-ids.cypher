// Tests: nodes as versions before migration 14 wrote them, their ids made by the fold without
// German transliteration. $people: [{id, name, status}]; $outlet: {id, name}; $position: {id,
// title, personId, countryId}; $mentions: [{articleId, entityId, count}]; every article is
// published by the outlet, and the first two people met.
UNWIND $people AS person
CREATE (:Entity:Person {id: person.id, name: person.name, status: person.status})
WITH count(*) AS people
CREATE (o:Outlet {id: $outlet.id, name: $outlet.name})
CREATE (m:Meeting {id: 'meeting:old', status: 'HELD', kind: 'TALKS'})
WITH o, m
UNWIND $mentions AS mention
MERGE (a:Article {id: mention.articleId})
  ON CREATE SET a.title = mention.articleId, a.publishedAt = datetime('2024-05-01T10:00:00Z')
MERGE (a)-[:PUBLISHED_BY]->(o)
WITH o, m, a, mention
MATCH (e:Entity {id: mention.entityId})
CREATE (a)-[:MENTIONS {count: mention.count, surfaces: [e.name]}]->(e)
WITH DISTINCT m
UNWIND $people[0..2] AS person
MATCH (e:Person {id: person.id})
CREATE (e)-[:PARTICIPATED_IN]->(m)
WITH count(*) AS participants
MATCH (p:Person {id: $position.personId})
CREATE (pos:Position {id: $position.id, title: $position.title})
CREATE (p)-[:HOLDS]->(pos)
CREATE (pos)-[:FOR]->(:Entity:Country {id: $position.countryId, name: $position.countryId})
WITH pos
MATCH (a:Article {id: 'article:1'})
CREATE (pos)-[:REPORTED_IN {sentence: 'Der Präsident sprach.', former: false}]->(a)
