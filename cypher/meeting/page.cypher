// Root list: meetings filtered by date range, place (city id) and participant (entity id), in date
// order (undated last), offset-paged, with the total; $meeting is MeetingParts.
CALL () {
  MATCH (m:Meeting)
  WHERE ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
    AND ($place IS NULL OR EXISTS { (m)-[:HELD_IN]->(:City {id: $place}) })
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  RETURN count(m) AS total
}
CALL () {
  MATCH (m:Meeting)
  WHERE ($from IS NULL OR m.date >= date($from))
    AND ($to IS NULL OR m.date <= date($to))
    AND ($place IS NULL OR EXISTS { (m)-[:HELD_IN]->(:City {id: $place}) })
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  WITH m ORDER BY m.date IS NULL, m.date, m.id SKIP $offset LIMIT $limit
  RETURN collect(@meeting(m, $meeting)) AS meetings
}
RETURN total, meetings
