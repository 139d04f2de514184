// Which of these articles exist already, and with which content hash (for new/unchanged counts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
