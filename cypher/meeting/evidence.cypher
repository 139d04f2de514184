// Batch: the reporting sentences of meetings whose records were read without them. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, @meeting-evidence(m) AS evidence
