// Which of these meetings are in the graph already (to report new vs merged).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m.id AS id
