// One page of articles, oldest first (ties by id), after a keyset cursor; $page is ArticleListParts
// (src/graph/parts.ts). The statement is the fragment article-page, as is page-desc: they differ
// only in the order fragment.
@article-page(a, $page, oldest-first)
