import { DateTime } from 'luxon';

// German date expressions in a sentence, resolved against the article's publication time
// (its local time in Warsaw): "am Donnerstag", "am 18. Februar", "am 18.02.", "gestern", "morgen".

export interface DateMention {
  offset: number;
  /** YYYY-MM-DD */
  date: string;
}

const WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const RELATIVE_DAYS: Record<string, number> = {
  vorgestern: -2,
  gestern: -1,
  heute: 0,
  morgen: 1,
  übermorgen: 2,
};
const FUTURE =
  /\b(?:werden|wird|soll|sollen|geplante?\w*|plant|planen|vorgesehen|Agenda|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\b/i;

// Präteritum of the verbs news tells meetings with, the past auxiliaries, and the perfect: an
// auxiliary with a participle ("hat … getroffen", "ist … gereist", "hat … empfangen"), also after
// a separable prefix ("ist … zusammengekommen", "hat … stattgefunden").
const PAST =
  /\b(?:fand|fanden|traf|trafen|beendet|endete|gereist|getroffen|beraten|berieten|sprach|sprachen|stattgefunden|telefonierte\w*|besuchte\w*|empfing|reiste\w*|kam|kamen|zusammengekommen|zusammenkamen|tagte|tagten|getagt|hatte|hatten|war|waren|wurde|wurden)\b/i;
const PERFECT =
  /\b(?:hat|haben|ist|sind)\b.*\b(?:(?:zusammen|an|auf|aus|ein|mit|vor|zu|ab|bei|nach|statt|teil|fest|weiter|zurück|wieder)?ge\p{Ll}{3,}|empfangen|besucht|telefoniert|verhandelt|erörtert|beraten|vereinbart)\b/iu;

export type Tense = 'future' | 'past' | 'present';

/** The tense a sentence tells its event in: future first ("wird … treffen"), then past forms. */
export function sentenceTense(sentence: string): Tense {
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence) || PERFECT.test(sentence)) return 'past';
  return 'present';
}

/** The sentence speaks of something still to come. */
export function isFutureTense(sentence: string): boolean {
  return sentenceTense(sentence) === 'future';
}

const EXPRESSION = new RegExp(
  [
    `\\bam\\s+(${WEEKDAYS.join('|')})(?:vormittag|nachmittag|abend|morgen)?\\b`,
    `\\bam\\s+(\\d{1,2})\\.\\s*(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`,
    `\\bam\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?`,
    `\\b(${Object.keys(RELATIVE_DAYS).join('|')})\\b`,
  ].join('|'),
  'giu',
);

export function findDates(sentence: string, publishedAt: string): DateMention[] {
  const matches = [...sentence.matchAll(EXPRESSION)];
  if (matches.length === 0) return [];
  // publishedAt carries Warsaw's offset of that moment, so its own fixed offset gives the local
  // calendar day; only whole days are computed from it, and a named zone would cost Luxon Intl
  // work on every date.
  const reference = DateTime.fromISO(publishedAt, { setZone: true }).startOf('day');
  const tense = sentenceTense(sentence);
  const future = tense === 'future';
  const found: DateMention[] = [];
  for (const match of matches) {
    const [, weekday, day, monthName, year, numDay, numMonth, numYear, relative] = match;
    let date: DateTime | null = null;
    if (weekday) {
      const target = WEEKDAYS.indexOf(weekday.toLowerCase()) + 1; // luxon: Monday = 1
      // Future tense: the next such day after today; the present ("besucht am Freitag") the next
      // such day, today included; past: the latest such day, today included (a Monday item
      // saying "trafen sich am Montag" means that same day).
      if (future) date = reference.plus({ days: (target - reference.weekday + 7) % 7 || 7 });
      else if (tense === 'present')
        date = reference.plus({ days: (target - reference.weekday + 7) % 7 });
      else date = reference.minus({ days: (reference.weekday - target + 7) % 7 });
    } else if (day && monthName) {
      date = dated(
        reference,
        Number(day),
        MONTHS.indexOf(monthName.toLowerCase()) + 1,
        year,
        future,
      );
    } else if (numDay && numMonth) {
      date = dated(reference, Number(numDay), Number(numMonth), numYear, future);
    } else if (relative) {
      date = reference.plus({ days: RELATIVE_DAYS[relative.toLowerCase()] ?? 0 });
    }
    if (date?.isValid) found.push({ offset: match.index, date: date.toISODate() as string });
  }
  return found;
}

/** A day and month without a year: the article's year, unless that puts it on the wrong side. */
function dated(
  reference: DateTime,
  day: number,
  month: number,
  year: string | undefined,
  future: boolean,
): DateTime {
  if (year)
    return DateTime.fromObject({ year: Number(year), month, day }, { zone: reference.zone });
  let date = DateTime.fromObject({ year: reference.year, month, day }, { zone: reference.zone });
  if (!future && date > reference.plus({ days: 1 })) date = date.minus({ years: 1 });
  if (future && date < reference.minus({ days: 1 })) date = date.plus({ years: 1 });
  return date;
}
