// Tests: an article whose mentions were written the old way, a Mention node per occurrence.
// $mentions: [{surface, field, start, end, sentence, kind}]
CREATE (a:Article {id: $articleId, title: 'Alt', lead: '', body: '',
  publishedAt: datetime('2025-01-01T10:00:00+01:00[Europe/Warsaw]')})
CREATE (e:Entity:Country {id: $entityId, name: $entityName})
CREATE (a)-[:MENTIONS {count: size($mentions)}]->(e)
WITH a, e
UNWIND $mentions AS m
CREATE (a)-[:HAS_MENTION]->(:Mention {
  id: $articleId + '#' + m.field + ':' + toString(m.start), surface: m.surface, field: m.field,
  start: m.start, end: m.end, sentence: m.sentence, kind: m.kind
})-[:REFERS_TO]->(e)
