// Reports that several commands write into (bench/LOAD.md: `npm run load` writes the top, the
// live-updates run its own `## ` section). Each command replaces only the part it owns, so what
// the others wrote, and any section added by hand, stays.

/** A report split at its `## ` headings: the part before the first one, then one part per section. */
function splitSections(document: string): string[] {
  const parts: string[][] = [[]];
  let fenced = false;
  for (const line of document.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) parts.push([]);
    parts.at(-1)?.push(line);
  }
  return parts.map((lines) => lines.join('\n').trim());
}

/**
 * `document` with one part replaced by `content`: the part before the first `## ` heading when
 * `heading` is null, else the section under `## heading` (appended when the report has none).
 * `content` is the whole part, its heading included.
 */
export function replaceSection(document: string, heading: string | null, content: string): string {
  const parts = splitSections(document);
  const replacement = content.trim();
  if (heading === null) {
    parts[0] = replacement;
  } else {
    const title = `## ${heading}`;
    const index = parts.findIndex(
      (part, at) => at > 0 && part.split('\n', 1)[0]?.trimEnd() === title,
    );
    if (index < 0) parts.push(replacement);
    else parts[index] = replacement;
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
