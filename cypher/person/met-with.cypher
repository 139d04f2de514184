// Batch: per person, the $limit people met most often (by shared meetings), each with the ids of
// those meetings by date (undated last).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Person)
  WHERE other <> p
  WITH other, m
  ORDER BY m.date IS NULL, m.date, m.id
  WITH other, collect(m.id) AS meetings
  ORDER BY size(meetings) DESC, other.name
  LIMIT $limit
  RETURN collect({person: @entity-record(other, $entity), meetingIds: meetings}) AS metWith
}
RETURN id, metWith
