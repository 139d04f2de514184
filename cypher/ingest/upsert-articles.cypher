// $articles: [{id, outletId, title, publishedAt (ISO with offset and [zone]), publishedAtText, lead,
// body, captions, photoCredits, signature, language, url, degraded, rawText, contentHash}]
UNWIND $articles AS row
MATCH (o:Outlet {id: row.outletId})
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.publishedAt = datetime(row.publishedAt),
    a.publishedAtText = row.publishedAtText,
    a.lead = row.lead,
    a.body = row.body,
    a.captions = row.captions,
    a.photoCredits = row.photoCredits,
    a.signature = row.signature,
    a.language = row.language,
    a.url = row.url,
    a.degraded = row.degraded,
    a.rawText = row.rawText,
    a.contentHash = row.contentHash
MERGE (a)-[:PUBLISHED_BY]->(o)
