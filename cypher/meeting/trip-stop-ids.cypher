// Batch: the other stops of the trips of meetings whose records were read without them.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, @meeting-trip-stop-ids(m) AS tripStopIds
