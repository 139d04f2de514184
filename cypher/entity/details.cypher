// Batch: the details of entities whose records were read without them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, @entity-details(e) AS details
