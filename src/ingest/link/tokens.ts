import { rememberRecentTexts } from '../recent-texts.js';

// Words with their offsets. Hyphens split words, so "USA-Russland", "US-Außenministeriums" and
// "UNO-Generalversammlung" expose the names inside them.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

function words(text: string): readonly Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD))
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** The text's words; an article's stages each read its fields' words, so they are remembered. */
export const tokenize: (text: string) => readonly Token[] = rememberRecentTexts(64, words);
