// The labels an index covers (no row when there is no such index).
SHOW INDEXES YIELD name, labelsOrTypes
WHERE name = $name
RETURN labelsOrTypes
