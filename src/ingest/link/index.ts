import type { Catalog } from '../catalog/index.js';
import type { Mention } from '../types.js';
import { linkText } from './link-text.js';

export { linkText } from './link-text.js';
export { sentenceAt, sentenceSpans } from './sentences.js';

export interface ArticleText {
  title: string;
  lead: string;
  body: readonly string[];
}

/** Mentions of catalog entities in title, lead and body (body offsets into body.join('\n\n')). */
export function linkArticle(article: ArticleText, catalog: Catalog): Mention[] {
  return [
    ...linkText(article.title, 'title', catalog),
    ...linkText(article.lead, 'lead', catalog),
    ...linkText(article.body.join('\n\n'), 'body', catalog),
  ];
}
