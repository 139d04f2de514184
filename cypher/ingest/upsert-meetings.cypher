// $meetings: [{id, date (YYYY-MM-DD or null), dateInferred (the date is the report's day; may be
// absent), status, kind, placeCityId, placeCountryId, participantIds, reports: [{articleId, evidence}]}]
UNWIND $meetings AS row
MERGE (m:Meeting {id: row.id})
SET m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    m.dateInferred = coalesce(row.dateInferred, false),
    m.status = row.status,
    m.kind = row.kind
WITH m, row
CALL (m, row) {
  OPTIONAL MATCH (city:City {id: row.placeCityId})
  FOREACH (c IN CASE WHEN city IS NULL THEN [] ELSE [city] END | MERGE (m)-[:HELD_IN]->(c))
}
CALL (m, row) {
  OPTIONAL MATCH (country:Country {id: row.placeCountryId})
  FOREACH (c IN CASE WHEN country IS NULL THEN [] ELSE [country] END | MERGE (m)-[:IN_COUNTRY]->(c))
}
CALL (m, row) {
  UNWIND row.participantIds AS participantId
  MATCH (e:Entity {id: participantId})
  MERGE (e)-[:PARTICIPATED_IN]->(m)
}
CALL (m, row) {
  UNWIND row.reports AS report
  MATCH (a:Article {id: report.articleId})
  MERGE (a)-[r:REPORTS]->(m)
  SET r.evidence = report.evidence
}
