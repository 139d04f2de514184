// One page of articles, newest first (ties by id, descending), after a keyset cursor; $page is
// ArticleListParts (src/graph/parts.ts). The statement is the fragment article-page, as is page:
// they differ only in the order fragment.
@article-page(a, $page, newest-first)
