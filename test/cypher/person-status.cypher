// Tests: people by id with their status.
MATCH (p:Person) RETURN p.id AS id, p.status AS status ORDER BY id
