import { compoundGender, isCommonNoun, isOtherWord } from '../lexicon/index.js';
import { fold } from '../text-fold.js';
import type { ExtractedQuote, Mention } from '../types.js';
import type { FieldText } from './positions.js';
import {
  isCapitalised,
  isClauseOnlyVerb,
  isInflected,
  isPlainlyReported,
  isReportedClause,
  isSpeechVerb,
  mayAttribute,
  mayBeClause,
  officeWord,
  type Token,
} from './words.js';
import type { FieldWords } from './field-words.js';

// Quotes in one article: direct speech in quotation marks with the attribution around it
// ("„…“, sagte X", "X sagte: „…“", "»…«, so X"), headlines "X (in …): statement", and reported
// speech ("X sagte, dass …", "X erklärte, Y sei …", "…, teilte X mit", "laut X …", "X zufolge …",
// "Das erklärte X" after the statement, and Konjunktiv I sentences after an attribution). A
// speaker is a person or organisation the article mentions inside the attribution, or reached
// from it by a pronoun or a role ("der Minister"); never one from another paragraph without such
// a link. Rule-based on the sentence text alone.

/** A quote as found in one article, before it has its id and article. */
export type FoundQuote = Omit<ExtractedQuote, 'id' | 'articleId' | 'publishedAt'>;

export interface QuoteFacts {
  /** The titles a person holds according to the catalog and this article's positions. */
  titles(personId: string): { title: string; countryId: string | null }[];
  /** A person's gender as their titles give it ("Sprecherin": F), or null when they do not. */
  gender(personId: string): 'F' | 'M' | null;
}

interface Speaker {
  id: string | null;
  text: string | null;
}

interface Paragraph {
  start: number;
  end: number;
}

const PAIRS: [RegExp, boolean][] = [
  [/„([^„“”"]+)[“”"]/g, true],
  [/»([^»«]+)«/g, true],
  [/“([^“”„]+)”/g, true],
  [/"([^"„“”]+)"/g, true],
];
// Any opening or closing mark of the pairs above: a paragraph without one holds no direct speech.
const QUOTE_MARK = /[„“”"»«]/;
const PRONOUNS = new Set(['er', 'sie']);
const BY_THAT = /^demnach|demzufolge$/i;
const LAUT = /^laut$/i;
// "Nach Angaben/Worten/Ansicht des X …": whose words or view the sentence gives.
const VIEWS = new Set(['Angaben', 'Worten', 'Ansicht', 'Einschätzung', 'Meinung', 'Auffassung']);
const PREPOSITION = /^(?:in|im|am|an|auf|bei|vor|nach|mit|gegenüber|zu|zum|zur)$/i;
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einem']);
const DEFINITE = new Set(['der', 'die', 'den', 'dem']);
const SUBJECT_PRONOUNS = new Set(['ich', 'wir', 'du', 'ihr', 'er', 'sie', 'es', 'man']);
const AGED = /^\d+-[Jj]ährige[rn]?$/;
const NP_WORDS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer']);

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n\s*\n/g)) {
    paragraphs.push({ start, end: match.index ?? 0 });
    start = (match.index ?? 0) + match[0].length;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

const LEADING_MARKS = /[\s,:;„“"»«”]/;
const TRAILING_MARKS = /[\s,;„“"»«”]/;
const TRAILING_MARKS_AND_STOP = /[\s,;.„“"»«”]/;

/** Without quotation marks and the punctuation around; a quote keeps its own final stop. */
function trimmed(
  text: string,
  start: number,
  end: number,
  direct: boolean,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && LEADING_MARKS.test(text[s] as string)) s += 1;
  const trailing = direct ? TRAILING_MARKS : TRAILING_MARKS_AND_STOP;
  while (e > s && trailing.test(text[e - 1] as string)) e -= 1;
  // Words cited at the end of reported speech keep their closing mark: "seien „absurd“".
  if (!direct && /[„»]\S[^„“»«]*$/u.test(text.slice(s, e)) && /^[“«]/u.test(text.slice(e))) e += 1;
  return { start: s, end: e };
}

class FieldQuotes {
  readonly found: FoundQuote[] = [];
  private readonly people: Mention[];
  private readonly organizations: Mention[];
  private readonly words: FieldWords;
  private readonly sentences: readonly { start: number; end: number }[];
  /** The speaker of the last quote, per paragraph start, for pronouns and Konjunktiv I after it. */
  private readonly lastSpeaker = new Map<number, Speaker>();

  constructor(
    private readonly field: FieldText,
    private readonly mentions: readonly Mention[],
    private readonly allMentions: readonly Mention[],
    private readonly facts: QuoteFacts,
    private readonly surnames: ReadonlyMap<string, string>,
  ) {
    this.words = field.words;
    this.sentences = this.words.sentences;
    const byOffset = (a: Mention, b: Mention) => a.start - b.start;
    this.people = mentions.filter((m) => m.entityKind === 'PERSON').sort(byOffset);
    this.organizations = mentions.filter((m) => m.entityKind === 'ORGANIZATION').sort(byOffset);
  }

  private get text(): string {
    return this.field.text;
  }

  /** The field's tokens in [start, end). */
  private tokensOf(start: number, end: number): Token[] {
    return this.words.tokensIn(start, end);
  }

  private sentenceAround(offset: number): string {
    const span = this.sentences.find((s) => offset >= s.start && offset < s.end);
    return span ? this.text.slice(span.start, span.end).trim() : this.text.trim();
  }

  add(start: number, end: number, direct: boolean, speaker: Speaker, sentenceAt = start): void {
    const span = trimmed(this.text, start, end, direct);
    if (span.end - span.start < 3) return;
    if (this.found.some((q) => q.start < span.end && span.start < q.end && q.direct === direct))
      return;
    const aboutIds = [
      ...new Set(
        this.mentions
          .filter((m) => m.start >= span.start && m.end <= span.end && m.entityId !== speaker.id)
          .map((m) => m.entityId),
      ),
    ];
    this.found.push({
      text: this.text.slice(span.start, span.end),
      direct,
      speakerId: speaker.id,
      speakerText: speaker.id ? null : speaker.text,
      field: this.field.field,
      start: span.start,
      end: span.end,
      sentence: this.sentenceAround(sentenceAt),
      aboutIds,
    });
  }

  // ---- speakers ----

  /** The speaker named in an attribution's words [start, end) of paragraph p. */
  speaker(start: number, end: number, paragraph: Paragraph, previous?: Speaker): Speaker {
    const person = this.people.find((m) => m.start >= start && m.end <= end);
    if (person) return { id: person.entityId, text: null };
    const tokens = this.tokensOf(start, end);
    const bySurname = this.surname(tokens);
    if (bySurname) return { id: bySurname, text: null };
    const indefinite = this.rolePhrase(tokens, INDEFINITE);
    if (indefinite) return { id: null, text: indefinite.text };
    const pronoun = tokens.find((t) => PRONOUNS.has(t.text.toLowerCase()) && t.text !== 'Sie');
    if (pronoun) return this.pronoun(start, paragraph, pronoun.text.toLowerCase(), previous);
    // "sagte die 45-Jährige": someone named before, by age, as a pronoun would.
    const aged = tokens.findIndex((t) => AGED.test(t.text));
    if (aged > 0 && DEFINITE.has((tokens[aged - 1] as Token).text.toLowerCase()))
      return this.pronoun(
        start,
        paragraph,
        (tokens[aged - 1] as Token).text.toLowerCase() === 'die' ? 'sie' : 'er',
        previous,
      );
    if (tokens.some((t) => t.text === 'Sie') && tokens[0]?.text === 'Sie')
      return this.pronoun(start, paragraph, 'sie', previous);
    const definite = this.rolePhrase(tokens, DEFINITE, true);
    if (definite) return this.byRole(definite, start, paragraph);
    const organization = this.organizations.find(
      (m) => m.start >= start && m.end <= end && !this.addressed(m, start),
    );
    if (organization) return { id: organization.entityId, text: null };
    return { id: null, text: this.nounPhrase(tokens) };
  }

  /**
   * An organisation spoken to, not speaking: a dative or a preposition between the verb of saying
   * and it ("sagte dem Sender TVN24", "sagte der Nachrichtenagentur PAP", "gegenüber der Zeitung …").
   * Not after "laut" or "nach Angaben", where the same words name the source.
   */
  private addressed(organization: Mention, from: number): boolean {
    const before = this.tokensOf(from, organization.start);
    const verb = before.findLastIndex((t) => isSpeechVerb(t.text));
    if (verb < 0) return false;
    const between = before.slice(verb + 1);
    let i = between.length - 1;
    let noun: Token | undefined;
    while (between[i] && isCapitalised((between[i] as Token).text)) {
      noun ??= between[i];
      i -= 1;
    }
    while (between[i] && isAdjective(between[i] as Token)) i -= 1;
    const article = between[i]?.text ?? '';
    const ahead = between[i - 1]?.text ?? '';
    if (article === 'dem' || article === 'gegenüber' || PREPOSITION.test(article)) return true;
    if (article !== 'der') return false;
    if (ahead === 'gegenüber' || PREPOSITION.test(ahead)) return true;
    return noun !== undefined && compoundGender(noun.text) === 'F';
  }

  /** A person of the article named here by surname alone, where no mention marks it. */
  private surname(tokens: readonly Token[]): string | null {
    for (const token of tokens) {
      if (!isCapitalised(token.text) || token.text.length < 3) continue;
      const person = this.surnames.get(token.text);
      if (person) return person;
    }
    return null;
  }

  /** "sagte er", "kündigte sie an": the last speaker or person before whom the pronoun's gender fits. */
  private pronoun(
    start: number,
    paragraph: Paragraph,
    pronoun: string,
    previous?: Speaker,
  ): Speaker {
    const fits = (id: string) => {
      const gender = this.facts.gender(id);
      return gender === null || gender === (pronoun === 'sie' ? 'F' : 'M');
    };
    const last = this.lastSpeaker.get(paragraph.start);
    if (last?.id && fits(last.id)) return last;
    const before = this.people
      .filter((m) => m.start >= paragraph.start && m.end <= start && fits(m.entityId))
      .at(-1);
    if (before) return { id: before.entityId, text: null };
    if (previous && (previous.id === null || fits(previous.id))) return previous;
    return { id: null, text: null };
  }

  /** "der US-Präsident", "Ein Sprecher des Auswärtigen Amtes": an office noun after an article. */
  private rolePhrase(
    tokens: readonly Token[],
    articles: ReadonlySet<string>,
    adjectives = false,
  ): { text: string; base: string; countryId: string | null; start: number } | null {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!articles.has((tokens[i] as Token).text.toLowerCase())) continue;
      let j = i + 1;
      while (adjectives || j === i + 1) {
        const token = tokens[j];
        if (!token) break;
        const office = officeWord(token.text);
        if (office) {
          let end = j + 1;
          while (
            ['des', 'der'].includes(tokens[end]?.text ?? '') &&
            tokens[end + 1] &&
            isCapitalised((tokens[end + 1] as Token).text)
          ) {
            end += 2;
            while (tokens[end] && isCapitalised((tokens[end] as Token).text)) end += 1;
          }
          const first = tokens[i] as Token;
          const last = tokens[end - 1] as Token;
          const country = this.mentions.find(
            (m) => m.entityKind === 'COUNTRY' && m.start >= first.start && m.start < token.end,
          );
          return {
            text: this.text.slice(first.start, last.end),
            base: office.base,
            countryId: country?.entityId ?? null,
            start: first.start,
          };
        }
        if (isCapitalised(token.text) || !isInflected(token.text)) break;
        j += 1;
      }
    }
    return null;
  }

  /** "sagte der Minister": an earlier "ein Minister …" of the paragraph, else a person of the
   * article holding that office (the last named before, else the first after). */
  private byRole(
    role: { text: string; base: string; countryId: string | null },
    start: number,
    paragraph: Paragraph,
  ): Speaker {
    const earlier = this.tokensOf(paragraph.start, start);
    const indefinite = this.rolePhrase(earlier, INDEFINITE);
    if (indefinite && indefinite.base === role.base) return { id: null, text: indefinite.text };
    const holds = (personId: string) =>
      this.facts
        .titles(personId)
        .some(
          (t) =>
            fold(t.title).replace(/in$/, '').endsWith(role.base) &&
            (role.countryId === null || t.countryId === role.countryId),
        );
    const order = (m: Mention) => ['title', 'lead', 'body', 'caption'].indexOf(m.field);
    const here = order({ field: this.field.field } as Mention);
    const candidates = this.allMentions.filter(
      (m) => m.entityKind === 'PERSON' && m.field !== 'caption' && holds(m.entityId),
    );
    const before = candidates
      .filter((m) => order(m) < here || (order(m) === here && m.end <= start))
      .sort((a, b) => order(a) - order(b) || a.start - b.start)
      .at(-1);
    const after = candidates.find((m) => order(m) === here && m.start >= start);
    const chosen = before ?? after;
    return chosen ? { id: chosen.entityId, text: null } : { id: null, text: role.text };
  }

  /** The first noun phrase of an attribution that is not inside a prepositional phrase. */
  private nounPhrase(tokens: readonly Token[]): string | null {
    const inPhrase = (token: Token) =>
      NP_WORDS.has(token.text.toLowerCase()) || isCapitalised(token.text) || isAdjective(token);
    let i = 0;
    while (i < tokens.length) {
      if (!inPhrase(tokens[i] as Token) || isSpeechVerb((tokens[i] as Token).text)) {
        i += 1;
        continue;
      }
      let j = i;
      while (tokens[j] && inPhrase(tokens[j] as Token) && !isSpeechVerb((tokens[j] as Token).text))
        j += 1;
      const words = tokens.slice(i, j);
      const previous = tokens[i - 1]?.text ?? '';
      // "Im Interview mit …": a preposition opening the phrase makes it one too.
      const prepositional =
        PREPOSITION.test(previous) || PREPOSITION.test((words[0] as Token).text);
      if (
        !prepositional &&
        words.some(
          (w) =>
            isCapitalised(w.text) &&
            !NP_WORDS.has(w.text.toLowerCase()) &&
            // "Zugleich", "Dabei": capitalised only at a sentence's start, no noun.
            (isCommonNoun(w.text) || !isOtherWord(w.text)),
        )
      )
        return this.text.slice((words[0] as Token).start, (words.at(-1) as Token).end);
      i = j;
    }
    return null;
  }

  // ---- shapes ----

  headline(): void {
    const colon = this.text.indexOf(': ');
    if (colon < 0) return;
    const person = this.people.find((m) => m.start === 0 && m.end <= colon);
    if (!person) return;
    const rest = this.text.slice(person.end, colon).trim();
    if (
      rest !== '' &&
      !/^\(.*\)$/.test(rest) &&
      !/^(?:bei|beim|in|im|zu|zum|zur|vor|an|am|auf|gegenüber|über)\s[^,]*$/u.test(rest)
    )
      return;
    // "Selenskyj in Warschau: Gespräche über Wiederaufbau" names a topic: a statement has a verb,
    // or denies ("Keine Gespräche ohne Vorbedingungen"), or is quoted.
    const statement = this.tokensOf(colon + 1, this.text.length);
    if (
      !mayBeClause(statement) &&
      !statement.some((t) => SUBJECT_PRONOUNS.has(t.text.toLowerCase())) &&
      !/^(?:kein|keine|keinen|nicht|nie|niemals)$/i.test(statement[0]?.text ?? '') &&
      !QUOTE_MARK.test(statement[0]?.text ?? '')
    )
      return;
    this.add(colon + 1, this.text.length, true, { id: person.entityId, text: null });
  }

  /** "Lech Wałęsa: Wir dürfen nicht naiv sein. …": a paragraph a person's name and a colon open, as in an interview. */
  answer(paragraph: Paragraph): void {
    const opening = this.text.slice(paragraph.start, paragraph.end);
    const offset = paragraph.start + (opening.length - opening.trimStart().length);
    const person = this.people.find((m) => m.start === offset);
    if (!person || !/^\s*:\s+\S/u.test(this.text.slice(person.end, paragraph.end))) return;
    const speaker = { id: person.entityId, text: null };
    this.add(this.text.indexOf(':', person.end) + 1, paragraph.end, true, speaker);
    this.remember(paragraph, speaker);
  }

  /** `previousParagraph`: the last speaker of the paragraph before, for a pronoun that points back. */
  direct(paragraph: Paragraph, previousParagraph?: Speaker): void {
    // The paragraph alone: a search from its start through the field would pass every later one.
    if (!QUOTE_MARK.test(this.text.slice(paragraph.start, paragraph.end))) return;
    const text = this.text.slice(0, paragraph.end);
    const taken: [number, number][] = [];
    const spans: { open: number; close: number }[] = [];
    for (const [pattern] of PAIRS) {
      pattern.lastIndex = paragraph.start;
      for (const match of text.matchAll(pattern)) {
        const open = match.index ?? 0;
        if (open < paragraph.start) continue;
        const close = open + match[0].length;
        if (taken.some(([s, e]) => open < e && s < close)) continue;
        taken.push([open, close]);
        spans.push({ open, close });
      }
    }
    // An opening „ never closed runs to the attribution after it ("„Mit …, erklärte Haußmann").
    for (let i = paragraph.start; i < paragraph.end; i += 1) {
      if (text[i] !== '„' || taken.some(([s, e]) => i >= s && i < e)) continue;
      const after = text.slice(i);
      const attribution = /,\s+(\p{Ll}+)\s/gu;
      for (const match of after.matchAll(attribution)) {
        if (isSpeechVerb(match[1] as string)) {
          const close = i + (match.index ?? 0);
          taken.push([i, close]);
          spans.push({ open: i, close });
          break;
        }
      }
    }
    spans.sort((a, b) => a.open - b.open);
    for (const { open, close } of spans)
      this.directQuote(open, close, paragraph, previousParagraph);
  }

  private directQuote(
    open: number,
    close: number,
    paragraph: Paragraph,
    previousParagraph?: Speaker,
  ): void {
    const text = this.text;
    const after = text.slice(close, paragraph.end);
    const sentenceEnd = (from: number) => {
      const match = /[.!?](?:\s|$)/.exec(text.slice(from, paragraph.end));
      return match ? from + match.index : paragraph.end;
    };
    // The paragraph before is reached only by a quote that opens this one ("„…“, sagte sie.").
    const opensParagraph = text.slice(paragraph.start, open).trim() === '';
    const previous =
      this.lastSpeaker.get(paragraph.start) ?? (opensParagraph ? previousParagraph : undefined);
    // "„…“, sagte X …." / "„…“, so X." / "„…“, beendete Trump den Wortwechsel."
    const before = text.slice(paragraph.start, open);
    const startsClause = /(?:^|[.!?:])\s*$/.test(before);
    const post = /^(?:\s*,|\s+[–—-])\s*(\p{Ll}+)\s/u.exec(after);
    if (post && startsClause) {
      const verb = post[1] as string;
      const regionStart = close + post[0].length - verb.length - 1;
      const regionEnd = sentenceEnd(close + post[0].length);
      const namesSomeone = this.people.some((m) => m.start >= regionStart && m.end <= regionEnd);
      if ((isSpeechVerb(verb) && !isClauseOnlyVerb(verb)) || namesSomeone) {
        const speaker = this.speaker(regionStart, regionEnd, paragraph, previous);
        this.add(open, close, true, speaker);
        this.remember(paragraph, speaker);
        return;
      }
    }
    // "X sagte: „…“"
    if (/:\s*$/.test(before)) {
      const clauseStart = Math.max(
        paragraph.start,
        ...[...before.matchAll(/[.!?]\s/g)].map((m) => paragraph.start + (m.index ?? 0) + 2),
      );
      const clause = this.tokensOf(clauseStart, open);
      if (clause.some((t) => isSpeechVerb(t.text))) {
        const speaker = this.speaker(clauseStart, open, paragraph, previous);
        this.add(open, close, true, speaker);
        this.remember(paragraph, speaker);
        return;
      }
    }
    // A quote standing alone as a sentence: its speaker is named in the sentence before.
    const startsSentence = /(?:^|[.!?])\s*$/.test(before);
    const inner = text.slice(open + 1, close - 1).trim();
    const endsSentence = /[.!?]$/.test(inner) && /^\s*(?:$|\p{Lu})/u.test(after);
    if (startsSentence && endsSentence) {
      const sentenceBefore = this.sentences.filter(
        (s) => s.end <= open + 1 && s.start >= paragraph.start,
      );
      const last = sentenceBefore.at(-1);
      if (!last) return;
      const person = this.people.find((m) => m.start >= last.start && m.end <= last.end);
      if (!person) return;
      const speaker = { id: person.entityId, text: null };
      this.add(open, close, true, speaker);
      this.remember(paragraph, speaker);
    }
  }

  /** The sentence's first word with what is glued to it, lower case ("er,"). */
  private opening(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end).trimStart().split(/\s/, 1)[0]?.toLowerCase() ?? '';
  }

  private remember(paragraph: Paragraph, speaker: Speaker): void {
    this.lastSpeaker.set(paragraph.start, speaker);
  }

  reported(paragraph: Paragraph, previousParagraph: Speaker | undefined): void {
    const spans = this.sentences.filter(
      (s) => s.start >= paragraph.start && s.end <= paragraph.end + 1,
    );
    let continuing: Speaker | null = null;
    spans.forEach((span, index) => {
      const mayContinue =
        continuing !== null ||
        (index === 0 && PRONOUNS.has(this.opening(span))) ||
        this.found.some((q) => q.start < span.end && span.start < q.end);
      if (!mayContinue && !this.words.scanFindsAttribution(span.start, span.end)) return;
      const tokens = this.tokensOf(span.start, span.end);
      if (!mayContinue && !mayAttribute(tokens)) return;
      const before = this.found.length;
      const attributed = this.attributions(
        tokens,
        span,
        paragraph,
        index > 0 ? spans[index - 1] : undefined,
      );
      if (attributed) {
        const last = this.found.slice(before).at(-1);
        continuing = last ? { id: last.speakerId, text: last.speakerText } : null;
        if (last) this.remember(paragraph, continuing as Speaker);
        return;
      }
      const covered = this.found.some((q) => q.start < span.end && span.start < q.end);
      if (covered) {
        const last = this.lastSpeaker.get(paragraph.start);
        continuing = last ?? continuing;
        return;
      }
      const first = tokens[0]?.text.toLowerCase() ?? '';
      const opensWithPronoun = PRONOUNS.has(first);
      const carried: Speaker | null =
        continuing ??
        (index === 0 && opensWithPronoun && previousParagraph?.id ? previousParagraph : null);
      if (carried && (isPlainlyReported(tokens) || tokens.some((t) => BY_THAT.test(t.text)))) {
        this.add(span.start, span.end, false, carried);
        return;
      }
      continuing = null;
    });
  }

  /** Reported speech with its attribution inside one sentence; true when some was found. */
  private attributions(
    tokens: readonly Token[],
    span: { start: number; end: number },
    paragraph: Paragraph,
    previousSentence: { start: number; end: number } | undefined,
  ): boolean {
    const words = tokens.map((t) => t.text);
    const first = words[0] ?? '';
    const previous = this.lastSpeaker.get(paragraph.start);

    // "Das erklärte X …." after the statement
    if ((first === 'Das' || first === 'Dies') && isSpeechVerb(words[1] ?? '') && previousSentence) {
      const speaker = this.speaker(span.start, span.end, paragraph, previous);
      this.add(
        previousSentence.start,
        previousSentence.end,
        false,
        speaker,
        previousSentence.start,
      );
      return true;
    }
    // "X zufolge …", "Laut X …", "Nach Angaben/Ansicht des X …"
    const zufolge = words.indexOf('zufolge');
    if (zufolge > 0 && zufolge <= 6 && !words.slice(0, zufolge).includes(',')) {
      const speaker = this.speaker(span.start, endOf(tokens, zufolge - 1), paragraph, previous);
      this.add(endOf(tokens, zufolge), span.end, false, speaker, span.start);
      return true;
    }
    const source = LAUT.test(first) ? 1 : first === 'Nach' && VIEWS.has(words[1] ?? '') ? 2 : 0;
    if (source > 0) {
      let j = source;
      while (
        tokens[j] &&
        (NP_WORDS.has((words[j] as string).toLowerCase()) ||
          isCapitalised(words[j] as string) ||
          (isAdjective(tokens[j] as Token) && isCapitalised(words[j + 1] ?? '')))
      )
        j += 1;
      if (j > source && tokens[j]) {
        const speaker = this.speaker(
          startOf(tokens, source),
          endOf(tokens, j - 1),
          paragraph,
          previous,
        );
        this.add(startOf(tokens, j), span.end, false, speaker, span.start);
        return true;
      }
    }
    let found = false;
    let clauseStart = 0;
    for (let v = 0; v < tokens.length; v += 1) {
      if (!isSpeechVerb(words[v] as string) || words[v] === 'so') continue;
      if (
        this.found.some(
          (q) => q.direct && q.start <= startOf(tokens, v) && startOf(tokens, v) < q.end,
        )
      )
        continue;
      const comma = words.indexOf(',', v);
      // Content after the attribution: "X sagte, dass …", "X erklärte, Y sei …", "Wie X mitteilt, …"
      const contentEnd = nextAttribution(words, comma + 1);
      const content = comma >= 0 ? tokens.slice(comma + 1, contentEnd) : [];
      const leadsWithWie = words[clauseStart] === 'Wie' && clauseStart === 0;
      if (
        comma >= 0 &&
        content.length >= 2 &&
        (content[0]?.text === 'dass' || isReportedClause(content) || leadsWithWie) &&
        !(
          words[v - 1] === ',' &&
          v - 1 > clauseStart &&
          !leadsWithWie &&
          !isReportedClause(content) &&
          content[0]?.text !== 'dass'
        )
      ) {
        // A verb right after a comma with content before it is a post-attribution (below).
        const regionStart = startOf(tokens, clauseStart);
        const speaker = this.speaker(regionStart, endOf(tokens, comma - 1), paragraph, previous);
        const from = content[0]?.text === 'dass' ? 1 : 0;
        this.add(
          startOf(tokens, comma + 1 + from),
          endOf(tokens, contentEnd - 1),
          false,
          speaker,
          span.start,
        );
        this.remember(paragraph, speaker);
        found = true;
        clauseStart = contentEnd < tokens.length ? contentEnd + 1 : tokens.length;
        v = contentEnd;
        continue;
      }
      // "Auf die Frage, ob …, antwortete X: „…“": the verb opens the quote after its colon, and
      // what stands before it frames that quote.
      const colon = words.indexOf(':', v);
      if (
        colon > v &&
        this.found.some((q) => q.direct && q.start >= endOf(tokens, colon) && q.start <= span.end)
      )
        continue;
      // "…, sagte X." / "…, wie X mitgeteilt hat."
      const wie = words.lastIndexOf('wie', v);
      const postAt =
        words[v - 1] === ','
          ? v
          : wie > clauseStart && v - wie <= 8 && words[wie - 1] === ','
            ? wie
            : -1;
      if (
        postAt > clauseStart + 2 &&
        !isClauseOnlyVerb(words[v] as string) &&
        mayBeClause(tokens.slice(clauseStart, postAt - 1))
      ) {
        // "X widersprach: Y spalte die Union, wie es in ihrer Erklärung hieß": the person before
        // the colon speaks, the statement follows it.
        const colon = words.indexOf(':', clauseStart);
        const introduced =
          colon > clauseStart && colon < postAt - 2
            ? this.people.find(
                (m) => m.start >= startOf(tokens, clauseStart) && m.end <= startOf(tokens, colon),
              )
            : undefined;
        const contentStart = startOf(tokens, introduced ? colon + 1 : clauseStart);
        const contentStop = endOf(tokens, postAt - 2);
        if (this.found.some((q) => q.direct && q.start < contentStop && contentStart < q.end))
          continue;
        const speaker = introduced
          ? { id: introduced.entityId, text: null }
          : this.speaker(startOf(tokens, postAt), span.end, paragraph, previous);
        this.add(contentStart, contentStop, false, speaker, span.start);
        this.remember(paragraph, speaker);
        found = true;
        clauseStart = tokens.length;
        break;
      }
    }
    // "X konfrontierte Trump …: Der Präsident äußere …"
    if (!found) {
      const colon = words.indexOf(':');
      if (colon > 1) {
        const content = tokens.slice(colon + 1);
        if (
          content.length >= 3 &&
          isReportedClause(content) &&
          isCapitalised(content[0]?.text ?? '')
        ) {
          const person = this.people.find(
            (m) => m.start >= span.start && m.end <= startOf(tokens, colon),
          );
          if (person) {
            const speaker = { id: person.entityId, text: null };
            this.add(startOf(tokens, colon + 1), span.end, false, speaker, span.start);
            this.remember(paragraph, speaker);
            found = true;
          }
        }
      }
    }
    return found;
  }
}

const startOf = (tokens: readonly Token[], i: number): number => (tokens[i] as Token).start;
const endOf = (tokens: readonly Token[], i: number): number => (tokens[i] as Token).end;

/** Where the next attribution of a sentence begins ("…, sagte X"), or its end. */
function nextAttribution(words: readonly string[], from: number): number {
  for (let k = from; k < words.length; k += 1)
    if (words[k] === ',' && isSpeechVerb(words[k + 1] ?? '') && words[k + 1] !== 'so') return k;
  return words.length;
}

function isAdjective(token: Token): boolean {
  return isInflected(token.text) && !NP_WORDS.has(token.text);
}

/** Every quote of an article's title, lead and body; the lead's copies of body quotes dropped. */
export function articleQuotes(
  fields: readonly FieldText[],
  mentions: readonly Mention[],
  facts: QuoteFacts,
): FoundQuote[] {
  const all: FoundQuote[] = [];
  const surnames = surnamesOf(mentions);
  // The lead runs on into the body: its last paragraph's speaker is the one before the body's first.
  let previous: Speaker | undefined;
  for (const field of fields) {
    if (!field.text.trim()) continue;
    const inField = mentions.filter((m) => m.field === field.field);
    const quotes = new FieldQuotes(field, inField, mentions, facts, surnames);
    if (field.field === 'title') {
      quotes.headline();
    } else {
      for (const paragraph of paragraphsOf(field.text)) {
        quotes.answer(paragraph);
        quotes.direct(paragraph, previous);
        quotes.reported(paragraph, previous);
        const last = quotes.found
          .filter((q) => q.start >= paragraph.start && q.end <= paragraph.end)
          .at(-1);
        previous = last ? { id: last.speakerId, text: last.speakerText } : undefined;
      }
    }
    all.push(...quotes.found.sort((a, b) => a.start - b.start));
  }
  if (!all.some((q) => q.field === 'lead')) return all;
  const key = (q: FoundQuote) => fold(q.text).replace(/\W+/g, ' ').trim();
  const bodyTexts = new Set(all.filter((q) => q.field === 'body').map(key));
  return all.filter((q) => q.field !== 'lead' || !bodyTexts.has(key(q)));
}

/**
 * The article's people (and organisations: discovery may take "Sejmmarschall X Y" for one) by
 * the last word of a name written in full, and its genitive; the first such mention wins.
 */
const SPACE = /\s/;

/** What follows a name's last white space (nothing when the name ends in one). */
function lastWord(name: string): string {
  let start = name.length;
  while (start > 0 && !SPACE.test(name[start - 1] as string)) start -= 1;
  return name.slice(start);
}

function surnamesOf(mentions: readonly Mention[]): Map<string, string> {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    if (m.entityKind !== 'PERSON' && m.entityKind !== 'ORGANIZATION') continue;
    if (!m.surface.includes(' ')) continue;
    const last = lastWord(m.surface);
    for (const key of [last, `${last}s`]) if (!surnames.has(key)) surnames.set(key, m.entityId);
  }
  return surnames;
}
