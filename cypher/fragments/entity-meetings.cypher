// Fragment: the meetings entity node_ took part in, by date (undated last), rows made by @row_.
COLLECT {
  MATCH (node_)-[:PARTICIPATED_IN]->(node_meeting:Meeting)
  WITH node_meeting ORDER BY node_meeting.date IS NULL, node_meeting.date, node_meeting.id
  RETURN @row_(node_meeting, parts_)
}
