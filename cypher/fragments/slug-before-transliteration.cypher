// Fragment: the slug of the string node_ by the rule ids were made with before migration 14 (no
// German transliteration: "Jürgen" → "jurgen"): decomposed, marks dropped, ł → l, ß → ss, lower
// case, a hyphen for each run of other characters than a-z and 0-9, none at either end. Only for
// recognising ids of that rule; src/ingest/text-fold.ts is the rule now.
[node_joined IN [reduce(node_slug = '', node_char IN split(toLower(replace(replace(replace(
    reduce(node_bare = '', node_c IN split(normalize(node_, NFKD), '')
      | node_bare + CASE WHEN node_c =~ '\\p{M}' THEN '' ELSE node_c END),
    'ł', 'l'), 'Ł', 'L'), 'ß', 'ss')), '')
  | CASE WHEN node_char =~ '[a-z0-9]' THEN node_slug + node_char
      WHEN node_slug ENDS WITH '-' THEN node_slug
      ELSE node_slug + '-' END)]
  | [node_trimmed IN [CASE WHEN node_joined STARTS WITH '-' THEN substring(node_joined, 1) ELSE node_joined END]
    | CASE WHEN node_trimmed ENDS WITH '-' THEN left(node_trimmed, size(node_trimmed) - 1) ELSE node_trimmed END][0]][0]
