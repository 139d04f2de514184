// Several stages ask the same question of the same text (its sentences, its words, its meeting
// cue): a pure function of a text remembers its answers for the last texts it saw. Answers are
// shared, so they are read-only.

/** `compute`, answering again from memory for any of the last `size` texts. */
export function rememberRecentTexts<T>(
  size: number,
  compute: (text: string) => T,
): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const answer = compute(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value as string);
    recent.set(text, answer);
    return answer;
  };
}
