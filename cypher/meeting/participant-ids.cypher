// Batch: who took part in meetings whose records were read without it. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, @meeting-participant-ids(m) AS participantIds
