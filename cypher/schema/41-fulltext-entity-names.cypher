// aliasText holds all aliases in one string (full-text indexes take string properties).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Person|Country|City|Organization|Region) ON EACH [e.name, e.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
