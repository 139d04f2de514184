import { bodyText } from '../body-text.js';
import type { Catalog } from '../catalog/index.js';
import type { Mention } from '../types.js';
import { linkText } from './link-text.js';

export { linkText } from './link-text.js';
export { sentenceAt, sentenceSpans } from './sentences.js';

export interface ArticleText {
  title: string;
  lead: string;
  body: readonly string[];
  captions?: readonly string[];
}

/** The text a 'caption' mention's offsets point into: the captions joined like the body. */
export function captionText(captions: readonly string[]): string {
  return captions.join('\n\n');
}

/**
 * Mentions of catalog entities in title, lead, body and captions (body and caption offsets into
 * their paragraphs joined by a blank line). A caption is often the only place naming where a
 * photo was taken, so the city it names is the article's too.
 */
export function linkArticle(article: ArticleText, catalog: Catalog): Mention[] {
  return [
    ...linkText(article.title, 'title', catalog),
    ...linkText(article.lead, 'lead', catalog),
    ...linkText(bodyText(article.body), 'body', catalog),
    ...linkText(captionText(article.captions ?? []), 'caption', catalog),
  ];
}
