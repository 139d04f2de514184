// Batch: the meetings each article reports, by date (undated last); $meeting is MeetingParts.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, COLLECT {
  MATCH (a)-[:REPORTS]->(m:Meeting)
  WITH m ORDER BY m.date IS NULL, m.date, m.id
  RETURN @meeting(m, $meeting)
} AS meetings
