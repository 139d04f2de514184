// Batch: per person of $ids, the positions they hold or held, each with its reports (article,
// sentence, whether it called the post former, the article's date), by title.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HOLDS]->(pos:Position)
  WITH pos ORDER BY pos.title, pos.id
  RETURN collect(pos {
    .id, .title, .organizationName,
    curated: coalesce(pos.curated, false),
    catalogFormer: coalesce(pos.catalogFormer, false),
    personId: p.id,
    organizationId: [(pos)-[:AT]->(o:Organization) | o.id][0],
    countryId: [(pos)-[:FOR]->(c:Country) | c.id][0],
    reports: [(pos)-[r:REPORTED_IN]->(a:Article) |
      {articleId: a.id, sentence: r.sentence, former: r.former, publishedAt: toString(a.publishedAt)}]
  }) AS positions
}
RETURN id, positions
