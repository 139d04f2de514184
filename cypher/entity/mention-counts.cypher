// Batch: how many times each entity is mentioned, over all articles.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[r:MENTIONS]-(:Article)
RETURN id, coalesce(sum(r.count), 0) AS count
