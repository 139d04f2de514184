// The indexes in place, by name and type (each uniqueness constraint owns an index of its name).
SHOW INDEXES YIELD name, type
RETURN name, type ORDER BY name
