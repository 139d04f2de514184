// Batch: the meetings each entity took part in, by date (undated last).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)
WITH id, m ORDER BY m.date IS NULL, m.date, m.id
RETURN id, collect(m.id) AS meetingIds
