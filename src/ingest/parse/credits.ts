// Photo credits glued to the end of a paragraph or caption: "… verlassen. EPA/MAXIM SHIPENKOV",
// "Donald TrumpPAP/EPA/ALLISON DINNER", "… Prozent. Quelle: Instytut …", "Foto: PAP".

const AGENCIES = [
  'PAP',
  'EPA',
  'AFP',
  'Reuters',
  'REUTERS',
  'AP',
  'Shutterstock',
  'Forum',
  'East News',
  'IAR',
  'PR',
  'PolskieRadio24',
  'ANSA',
  'dpa',
  'DPA',
  'Getty Images',
  'Xinhua',
  'TASS',
  'Anadolu',
  'NurPhoto',
  'Wikimedia Commons',
  'Wikipedia',
  'X',
  'Twitter',
  'Facebook',
  'Flickr',
  'ABACA',
  'SIPA',
  'UPI',
];
const AGENCY = `(?:${AGENCIES.map((a) => a.replace(/ /g, '\\s')).join('|')})`;
// A name as agencies print it: upper-case words ("MAXIM SHIPENKOV"), or capitalised ones.
const UPPER_NAME = "[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ.'\\- ]*[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ.]";
const CAP_NAME =
  "[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\\wÀ-ÿĀ-ž.'\\-]*(?: [A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\\wÀ-ÿĀ-ž.'\\-]*){0,3}";
// AGENCY(/AGENCY)*(/NAME)?  — at least one agency, then optionally the photographer.
const AGENCY_CREDIT = new RegExp(
  `^${AGENCY}(?:\\/${AGENCY})*(?:\\/(?:${UPPER_NAME}|${CAP_NAME}))?$`,
);
// "AGENCY/NAME" where even the agency is unknown but all upper case: "KPRM/ADAM GUZ".
const UPPER_CREDIT = new RegExp(`^[A-Z]{2,}(?:\\/[A-Z]{2,})*\\/${UPPER_NAME}$`);
// A label may be glued to a caption's last word ("… KrawczykBild: wikicommons").
const LABELLED_CREDIT =
  /(?:^|(?<=[\s.!?:;"“”»)\p{Ll}]))(?:(?:Quelle|Foto|Fotos|Bild|Bildquelle|Photo|Źródło(?:\s+fot\.)?|Zdjęcie|Credit)\s*:|Fot\.)\s*(\S.*)$/u;

export interface CreditSplit {
  text: string;
  credit: string | null;
}

// "TomaszKudala / Shutterstock": the photographer first, then the agency.
const PHOTOGRAPHER_CREDIT = new RegExp(`^${CAP_NAME}\\s+\\/\\s+${AGENCY}$`);

// The shape of any credit, whoever the agency: parts joined by slashes (and credits by "&"),
// each a person's name of one or two words ("Beata Zawrzel"), an upper-case agency ("REPORTER")
// or an office ("Kancelaria"). A name word has no capital inside, so "SikorskiJacek" is no name.
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
const CREDIT_PART = `(?:${NAME_WORD}(?: (?:\\p{Lu}\\. )?${NAME_WORD})?|[\\p{Lu}\\d]{2,}|${AGENCY})`;
const ONE_CREDIT = `${CREDIT_PART}(?:\\s?\\/\\s?${CREDIT_PART})+`;
const SHAPED_CREDIT = new RegExp(`^${ONE_CREDIT}(?:\\s*&\\s*${ONE_CREDIT})*$`, 'u');

function isCredit(candidate: string): boolean {
  return (
    AGENCY_CREDIT.test(candidate) ||
    UPPER_CREDIT.test(candidate) ||
    PHOTOGRAPHER_CREDIT.test(candidate) ||
    SHAPED_CREDIT.test(candidate)
  );
}

/** Splits a trailing credit off a line; text is what remains (maybe empty: a credit-only line). */
export function splitCredit(line: string): CreditSplit {
  const labelled = LABELLED_CREDIT.exec(line);
  if (labelled?.[1]) {
    return { text: line.slice(0, labelled.index).trim(), credit: labelled[1].trim() };
  }
  // A credit holds a slash or is a bare agency name; most lines have neither (the scan below is
  // the costliest step of parsing a page).
  const trimmed = line.trimEnd();
  if (!trimmed.includes('/') && !AGENCIES.some((agency) => trimmed.endsWith(agency))) {
    return { text: line, credit: null };
  }
  // Try every start position where a credit could begin: after a blank, after sentence punctuation,
  // or glued to a word ("TrumpPAP/…": a lower-case letter followed by an upper-case agency).
  for (let start = 0; start < line.length; start++) {
    const before = line[start - 1];
    const here = line[start] ?? '';
    const boundary =
      start === 0 ||
      before === ' ' ||
      /[.!?"“”»)]/.test(before ?? '') ||
      (/\p{Ll}/u.test(before ?? '') && /\p{Lu}/u.test(here));
    if (!boundary || !/\p{L}/u.test(here)) continue;
    const candidate = line.slice(start).trim();
    if (!candidate.includes('/') && !AGENCIES.includes(candidate)) continue;
    if (isCredit(candidate)) return { text: line.slice(0, start).trim(), credit: candidate };
  }
  return { text: line, credit: null };
}
