// Batch: the text fields of articles whose records were read without them. Missing ids are simply absent.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, @article-text(a) AS text
