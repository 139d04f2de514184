// Batch: the meetings each entity took part in, by date (undated last); $meeting is MeetingParts.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COLLECT {
  MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)
  WITH m ORDER BY m.date IS NULL, m.date, m.id
  RETURN @meeting(m, $meeting)
} AS meetings
