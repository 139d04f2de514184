// The entity-name full-text index, dropped when it covers fewer labels than cypher/schema
// creates it for (graphs written before regions); the schema step creates it anew.
DROP INDEX entity_names IF EXISTS
