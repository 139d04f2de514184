// Tests: how many articles have this title.
MATCH (a:Article {title: $title}) RETURN count(a) AS articles
