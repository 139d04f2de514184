// Batch: the details of articles whose records were read without them.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, @article-details(a) AS details
