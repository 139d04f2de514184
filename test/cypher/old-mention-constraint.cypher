// Tests: the uniqueness constraint older versions kept on Mention nodes.
CREATE CONSTRAINT mention_id_unique IF NOT EXISTS
FOR (n:Mention) REQUIRE n.id IS UNIQUE
