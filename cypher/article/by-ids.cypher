// Batch: the articles with these ids (missing ids are simply absent); $article is ArticleParts.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN @article(a, $article) AS article
