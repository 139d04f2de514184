// Before (re)writing an article's mentions: remove the old ones, so a reload replaces, never adds.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:HAS_MENTION]->(m:Mention)
DETACH DELETE m
WITH DISTINCT a
OPTIONAL MATCH (a)-[r:MENTIONS|REPORTS]->()
DELETE r
