// @neo4j/graphql peer, Query.timeline (an @cypher field): the same as analytics/timeline by month.
MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
WITH date.truncate('month', a.publishedAt) AS start, count(a) AS count
ORDER BY start
RETURN {start: toString(start), count: count} AS bucket
