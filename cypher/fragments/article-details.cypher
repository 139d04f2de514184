// Fragment: an article's language, source URL and degraded flag (ArticleRecord.details).
node_ { .language, .url, .degraded }
