// Batch: the text fields of these articles, for records that were read without them (statements
// take $withText = false when the request's document names no text field; see
// src/schema/heavy-fields.ts). Missing ids are simply absent.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a { .lead, .body, .captions, .photoCredits, .signature } AS text
