// Batch: quotes with these ids (node(id:) of a Quote).
UNWIND $ids AS id
MATCH (q:Quote {id: id})
RETURN q {
  .id, .text, .direct, .speakerText, .field, .start, .end, .sentence,
  publishedAt: toString(q.publishedAt),
  articleId: [(q)-[:IN]->(a:Article) | a.id][0],
  speakerId: [(s:Entity)-[:SAID]->(q) | s.id][0],
  aboutIds: [(q)-[:ABOUT]->(e:Entity) | e.id]
} AS quote
