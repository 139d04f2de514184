// An article's body as one text, its paragraphs apart by a blank line. Every stage reads it, and
// the caches of sentences and words know a text by its string, so each stage gets the same one.

const joined = new WeakMap<readonly string[], string>();

export function bodyText(body: readonly string[]): string {
  let text = joined.get(body);
  if (text === undefined) {
    text = body.join('\n\n');
    joined.set(body, text);
  }
  return text;
}
