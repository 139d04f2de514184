// Batch: the reporting sentences of these meetings, in publishedAt order, for records that were
// read without them (statements take $withEvidence = false when the request's document names no
// `evidence` field; see src/schema/heavy-fields.ts). Missing ids are simply absent.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN r.evidence ORDER BY a.publishedAt, a.id } AS evidence
