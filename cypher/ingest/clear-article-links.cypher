// Before (re)writing an article's mentions and reports: remove the old links, so a reload
// replaces, never adds.
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:MENTIONS|REPORTS]->()
DELETE r
