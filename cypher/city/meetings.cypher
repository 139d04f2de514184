// Batch: the meetings held in each city, by date (undated last).
UNWIND $ids AS id
MATCH (city:City {id: id})
OPTIONAL MATCH (m:Meeting)-[:HELD_IN]->(city)
WITH id, m ORDER BY m.date IS NULL, m.date, m.id
RETURN id, collect(m.id) AS meetingIds
