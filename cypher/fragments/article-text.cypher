// Fragment: an article's text fields, the bulk of its record (ArticleRecord.text).
node_ { .lead, .body, .captions, .photoCredits, .signature }
