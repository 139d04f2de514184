// Batch: the outlet of each article.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Outlet)
RETURN id, o {.id, .name} AS outlet
