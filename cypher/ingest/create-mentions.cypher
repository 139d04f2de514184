// $links: [[articleId, entityId, count, fields, starts, ends, surfaces, kinds, sentences]], one row
// per article and entity: ONE link that carries its occurrences as parallel lists in reading
// order (a node and two relationships per occurrence made mentions most of what a page wrote).
// Rows are positional because a map per link would repeat its nine key names in the parameters.
// CREATE, not MERGE, because clear-article-links removed the articles' old links in this transaction.
UNWIND $links AS link
MATCH (a:Article {id: link[0]})
MATCH (e:Entity {id: link[1]})
CREATE (a)-[r:MENTIONS]->(e)
SET r.count = link[2], r.fields = link[3], r.starts = link[4], r.ends = link[5],
    r.surfaces = link[6], r.kinds = link[7], r.sentences = link[8]
