// The entity-name index as graphs written before regions have it.
CREATE FULLTEXT INDEX entity_names FOR (e:Person|Country|City|Organization) ON EACH [e.name, e.aliasText]
