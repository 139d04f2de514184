// Batch: the meetings each article reports.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)
WITH id, m ORDER BY m.date, m.id
RETURN id, collect(m.id) AS meetingIds
