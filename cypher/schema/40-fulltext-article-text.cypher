// German analyzer: stems and folds umlauts, so "Gespräche" finds "Gesprächen".
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (a:Article) ON EACH [a.title, a.lead, a.body]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }
