// Batch: per meeting of $ids, one page of the articles reporting it ($page: cursor, limit, whether
// to count, and the article records' parts).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id AS key, @meeting-reports(m, $page, article) AS page
