// Tests: an undated meeting as older versions wrote it, reported by two articles years apart, each
// mentioning only its own people. $reports: [{articleId, publishedAt, evidence, mentions: [entity ids]}]
CREATE (m:Meeting {id: $meetingId, status: 'HELD', kind: 'VISIT'})
CREATE (m)-[:HELD_IN]->(:Entity:City {id: $cityId, name: $cityId})
WITH m
UNWIND $participantIds AS participantId
CREATE (:Entity:Person {id: participantId, name: participantId})-[:PARTICIPATED_IN]->(m)
WITH DISTINCT m
UNWIND $reports AS report
CREATE (a:Article {id: report.articleId, title: report.articleId, lead: '', body: '',
  publishedAt: datetime(report.publishedAt)})
CREATE (a)-[:REPORTS {evidence: report.evidence}]->(m)
WITH a, report
UNWIND report.mentions AS entityId
MATCH (e:Entity {id: entityId})
CREATE (a)-[:MENTIONS {count: 1}]->(e)
