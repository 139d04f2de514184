// How many articles mention an entity per day, week or month ($unit), over all time. Without a
// period no article is filtered, so this statement reads none of the bounds timeline-in-period checks.
MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)
WITH date.truncate($unit, a.publishedAt) AS start, count(a) AS count
RETURN toString(start) AS start, count
ORDER BY start
