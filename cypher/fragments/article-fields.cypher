// Fragment: the fields of an article record; parts_ is ArticleParts (src/graph/parts.ts).
// publishedAt leaves as text with its zone id: keyset cursors compare against it as stored.
.id, .title,
publishedAtKey: CASE WHEN parts_.publishedAt THEN toString(node_.publishedAt) END,
details: CASE WHEN parts_.details THEN @article-details(node_) END,
text: CASE WHEN parts_.text THEN @article-text(node_) END
