// Words with their offsets. Hyphens split words, so "USA-Russland", "US-Außenministeriums" and
// "UNO-Generalversammlung" expose the names inside them.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
