// German analyzer, as for articles: quotes are searched by their words.
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS
FOR (q:Quote) ON EACH [q.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }
