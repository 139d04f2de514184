// Batch: publishedAt (as stored, with its zone id) of articles whose records were read without it
// ($withPublishedAt false: the request's document named neither publishedAt nor a cursor, but a
// record reached such a field anyway).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, toString(a.publishedAt) AS publishedAtKey
