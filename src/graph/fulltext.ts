// User text becomes a Lucene query that matches its words literally: every Lucene operator
// character is escaped, so input that looks like Cypher or Lucene syntax (`title:x*`, quotes,
// brackets) is just words.

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function literalLuceneQuery(text: string): string | null {
  const words = text
    .replace(LUCENE_SPECIAL, (char) => `\\${char}`)
    .split(/\s+/)
    .filter(Boolean)
    // AND/OR/NOT are operators only in upper case; quoting them keeps them words.
    .map((word) => (/^(AND|OR|NOT)$/.test(word) ? word.toLowerCase() : word));
  return words.length > 0 ? words.join(' ') : null;
}
