// Batch: publishedAt (as stored, with its zone id) of articles whose records were read without it.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, toString(a.publishedAt) AS publishedAtKey
