// Batch: the meetings held in each city, by date (undated last); $meeting is MeetingParts.
UNWIND $ids AS id
MATCH (city:City {id: id})
RETURN id, COLLECT {
  MATCH (m:Meeting)-[:HELD_IN]->(city)
  WITH m ORDER BY m.date IS NULL, m.date, m.id
  RETURN @meeting(m, $meeting)
} AS meetings
