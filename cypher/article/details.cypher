// Batch: the details of articles whose records were read without them ($withArticleDetails false:
// the request's document named none of these fields, but a record reached such a field anyway).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a { .language, .url, .degraded } AS details
