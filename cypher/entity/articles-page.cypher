// Batch: per entity of $ids, one page of the articles that mention it ($page: period, cursor,
// limit, whether to count, and the article records' parts).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, @entity-articles(e, $page, article) AS page
