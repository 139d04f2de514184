// Batch: positions with these ids (node(id:) of a Position), each with its holder and reports.
UNWIND $ids AS id
MATCH (p:Person)-[:HOLDS]->(pos:Position {id: id})
RETURN pos {
  .id, .title, .organizationName,
  curated: coalesce(pos.curated, false),
  catalogFormer: coalesce(pos.catalogFormer, false),
  personId: p.id,
  organizationId: [(pos)-[:AT]->(o:Organization) | o.id][0],
  countryId: [(pos)-[:FOR]->(c:Country) | c.id][0],
  reports: [(pos)-[r:REPORTED_IN]->(a:Article) |
    {articleId: a.id, sentence: r.sentence, former: r.former, publishedAt: toString(a.publishedAt)}]
} AS position
