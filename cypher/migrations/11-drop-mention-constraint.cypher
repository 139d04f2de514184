// Mention nodes are gone (see 10-mentions-onto-links), and with them their id constraint.
DROP CONSTRAINT mention_id_unique IF EXISTS
