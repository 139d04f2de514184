CREATE INDEX quote_published_at IF NOT EXISTS
FOR (q:Quote) ON (q.publishedAt)
