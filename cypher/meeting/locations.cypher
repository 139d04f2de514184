// Batch: where meetings were held, for records that were read without it. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, @meeting-location(m) AS location
