import snowball from 'snowball-stemmers';
import { fold } from '../ingest/text-fold.js';
import type { EntityKind, ExtractedMeeting, LinkedArticle } from '../ingest/types.js';
import type { GoldItem, GoldMeeting } from './gold.js';

// Scores what ingest made of one item against its gold. Names are compared folded (the rule of
// src/ingest/text-fold.ts) and, for organisations, word by word through the German stemmer, so an
// inflected "Ost-Ausschusses der Deutschen Wirtschaft" counts as the gold's nominative.

export interface EntityInfo {
  id: string;
  kind: EntityKind;
  /** Every name the graph knows the entity by. */
  forms: string[];
  /** In the curated catalog (else discovered by ingest). */
  curated: boolean;
  isoCode?: string;
}

/** Found out of total; precision metrics count predictions as total. */
export interface Tally {
  hit: number;
  total: number;
}

export const METRICS = [
  'items',
  'dates',
  'signatures',
  'cleaning',
  'people: catalog-known linked',
  'people: discovered recall',
  'people: discovered precision',
  'people: catalog precision',
  'countries recall',
  'countries precision',
  'cities recall',
  'cities precision',
  'organisations recall',
  'organisations precision',
  'meetings recall',
  'meetings precision',
  'meeting merges',
  'quotes recall',
  'quotes precision',
  'positions recall',
  'positions precision',
] as const;
export type Metric = (typeof METRICS)[number];
export type Scores = Record<Metric, Tally>;

export function emptyScores(): Scores {
  return Object.fromEntries(METRICS.map((metric) => [metric, { hit: 0, total: 0 }])) as Scores;
}

export function addScores(into: Scores, from: Scores): void {
  for (const metric of METRICS) {
    into[metric].hit += from[metric].hit;
    into[metric].total += from[metric].total;
  }
}

const stemmer = snowball.newStemmer('german');

function stems(text: string): string {
  return fold(text)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => stemmer.stem(word))
    .join(' ');
}

function sameName(a: string, b: string, inflected: boolean): boolean {
  if (fold(a) === fold(b)) return true;
  return inflected && stems(a) === stems(b);
}

function namedBy(entity: EntityInfo, names: readonly string[], inflected = false): boolean {
  return entity.forms.some((form) => names.some((name) => sameName(form, name, inflected)));
}

export interface ItemPrediction {
  article: LinkedArticle | undefined;
  /** Meetings (after every merge) that this article reports. */
  meetings: ExtractedMeeting[];
}

export type Lookup = (id: string) => EntityInfo | undefined;

function tally(hit: number, total: number): Tally {
  return { hit, total };
}

export interface ItemScore {
  scores: Scores;
  /** What the scorer saw missing or wrong, for the report. */
  misses: string[];
  /** Gold meeting (index in item.meetings) → predicted meeting id, for merges. */
  matchedMeetings: Map<number, string>;
}

/** The gold meetings of one event by merge key: its node carries what all their reports say. */
export type MergedEvents = ReadonlyMap<string, readonly GoldMeeting[]>;

export function scoreItem(
  gold: GoldItem,
  predicted: ItemPrediction,
  lookup: Lookup,
  merged: MergedEvents = new Map(),
): ItemScore {
  const scores = emptyScores();
  const misses: string[] = [];
  const matchedMeetings = new Map<number, string>();
  const article = predicted.article;
  scores.items = tally(article ? 1 : 0, 1);
  if (!article) {
    misses.push(`item not found: ${gold.title}`);
    return { scores, misses, matchedMeetings };
  }
  const item = article.item;
  const dateOk = item.publishedAt.slice(0, 16) === gold.local;
  scores.dates = tally(dateOk ? 1 : 0, 1);
  if (!dateOk) misses.push(`date ${item.publishedAt} ≠ ${gold.local}`);
  const signatureOk = item.signature === gold.signature;
  scores.signatures = tally(signatureOk ? 1 : 0, 1);
  if (!signatureOk) misses.push(`signature ${item.signature} ≠ ${gold.signature}`);

  const text = [item.lead, ...item.body].join('\n\n');
  const cleaning: [boolean, string][] = [
    ...gold.credits.map((credit): [boolean, string] => [
      item.photoCredits.some((c) => c.includes(credit)),
      `credit not split: ${credit}`,
    ]),
    ...gold.notInBody.map((bad): [boolean, string] => [!text.includes(bad), `in body: ${bad}`]),
    ...gold.inBody.map((good): [boolean, string] => [text.includes(good), `not in body: ${good}`]),
  ];
  scores.cleaning = tally(cleaning.filter(([ok]) => ok).length, cleaning.length);
  for (const [ok, why] of cleaning) if (!ok) misses.push(why);

  const entities = new Map<string, EntityInfo>();
  for (const mention of article.mentions) {
    const entity = lookup(mention.entityId);
    if (entity) entities.set(entity.id, entity);
    else misses.push(`mention of an entity the graph lacks: ${mention.entityId}`);
  }
  const ofKind = (kind: EntityInfo['kind']) =>
    [...entities.values()].filter((e) => e.kind === kind);

  scorePeople(gold, ofKind('PERSON'), scores, misses);
  scoreCountries(gold, ofKind('COUNTRY'), scores, misses);
  scoreCities(gold, ofKind('CITY'), scores, misses);
  scoreOrganisations(gold, ofKind('ORGANIZATION'), scores, misses);
  scoreMeetings(gold, predicted.meetings, lookup, merged, scores, misses, matchedMeetings);
  return { scores, misses, matchedMeetings };
}

function personNames(gold: GoldItem, person: string): string[] {
  return [person, ...(gold.peopleAliases[person] ?? [])];
}

function scorePeople(gold: GoldItem, people: EntityInfo[], scores: Scores, misses: string[]): void {
  const famous = new Set(gold.peopleFamous);
  const matches = (entity: EntityInfo, person: string) =>
    namedBy(entity, personNames(gold, person));
  const famousHit = gold.peopleFamous.filter((person) =>
    people.some((e) => e.curated && matches(e, person)),
  );
  scores['people: catalog-known linked'] = tally(famousHit.length, gold.peopleFamous.length);
  for (const person of gold.peopleFamous)
    if (!famousHit.includes(person)) misses.push(`catalog person not linked: ${person}`);

  const others = gold.people.filter((person) => !famous.has(person));
  const othersHit = others.filter((person) => people.some((e) => matches(e, person)));
  scores['people: discovered recall'] = tally(othersHit.length, others.length);
  for (const person of others)
    if (!othersHit.includes(person)) misses.push(`person not discovered: ${person}`);

  const judged = people.filter((e) => !namedBy(e, gold.peopleAcceptable));
  const isGold = (e: EntityInfo) => gold.people.some((person) => matches(e, person));
  const discovered = judged.filter((e) => !e.curated);
  const curated = judged.filter((e) => e.curated);
  scores['people: discovered precision'] = tally(
    discovered.filter(isGold).length,
    discovered.length,
  );
  scores['people: catalog precision'] = tally(curated.filter(isGold).length, curated.length);
  for (const e of judged)
    if (!isGold(e)) misses.push(`false person: ${e.forms[0]}${e.curated ? ' (catalog)' : ''}`);
}

function scoreCountries(
  gold: GoldItem,
  countries: EntityInfo[],
  scores: Scores,
  misses: string[],
): void {
  const found = new Set(countries.map((c) => c.isoCode ?? c.id.replace('country:', '')));
  const hit = gold.countries.filter((code) => found.has(code));
  scores['countries recall'] = tally(hit.length, gold.countries.length);
  for (const code of gold.countries) if (!found.has(code)) misses.push(`country missing: ${code}`);
  const allowed = new Set([...gold.countries, ...gold.countriesOptional]);
  scores['countries precision'] = tally(
    [...found].filter((code) => allowed.has(code)).length,
    found.size,
  );
  for (const code of found) if (!allowed.has(code)) misses.push(`false country: ${code}`);
}

function scoreCities(gold: GoldItem, cities: EntityInfo[], scores: Scores, misses: string[]): void {
  const hit = gold.cities.filter((city) => cities.some((e) => namedBy(e, [city])));
  scores['cities recall'] = tally(hit.length, gold.cities.length);
  for (const city of gold.cities) if (!hit.includes(city)) misses.push(`city missing: ${city}`);
  const good = cities.filter((e) => namedBy(e, gold.cities));
  scores['cities precision'] = tally(good.length, cities.length);
  for (const e of cities) if (!good.includes(e)) misses.push(`false city: ${e.forms[0]}`);
}

function scoreOrganisations(
  gold: GoldItem,
  orgs: EntityInfo[],
  scores: Scores,
  misses: string[],
): void {
  const hit = gold.orgs.filter((org) => orgs.some((e) => namedBy(e, [org], true)));
  scores['organisations recall'] = tally(hit.length, gold.orgs.length);
  for (const org of gold.orgs) if (!hit.includes(org)) misses.push(`organisation missing: ${org}`);
  const judged = orgs.filter((e) => !namedBy(e, gold.orgsAcceptable, true));
  const good = judged.filter((e) => namedBy(e, gold.orgs, true));
  scores['organisations precision'] = tally(good.length, judged.length);
  for (const e of judged) if (!good.includes(e)) misses.push(`false organisation: ${e.forms[0]}`);
}

/** Why a predicted meeting is not the gold one, or null when it is. */
export function meetingMismatch(
  gold: GoldMeeting,
  meeting: ExtractedMeeting,
  lookup: Lookup,
  sameEvent: readonly GoldMeeting[] = [],
): string | null {
  // One event reported by several items is one node: it may carry any of their dates (an undated
  // report joins the dated one), statuses (planned, then held) and participants.
  const alsoAllowed = sameEvent.flatMap((m) => m.participants);
  const dates = [gold.date, ...gold.dateAlternatives, ...sameEvent.map((m) => m.date)];
  if (!dates.includes(meeting.date)) return `date ${meeting.date}`;
  const statuses = [gold.status, ...gold.statusAlternatives, ...sameEvent.map((m) => m.status)];
  if (!statuses.includes(meeting.status)) return `status ${meeting.status}`;
  const place = meeting.placeCityId ? lookup(meeting.placeCityId) : undefined;
  const places = [gold.place, ...gold.placeAlternatives];
  const placeOk = place
    ? namedBy(
        place,
        places.filter((p): p is string => p !== null),
      )
    : places.includes(null);
  if (!placeOk) return `place ${place?.forms[0] ?? 'none'}`;
  const participants = meeting.participantIds
    .map((id) => lookup(id))
    .filter((e): e is EntityInfo => e !== undefined);
  const names = (label: string) =>
    label.length === 2 && label === label.toUpperCase() ? [] : [label];
  const isLabel = (e: EntityInfo, label: string) =>
    e.kind === 'COUNTRY'
      ? (e.isoCode ?? e.id.replace('country:', '')) === label
      : namedBy(e, names(label));
  const missing = gold.participants.filter((label) => !participants.some((e) => isLabel(e, label)));
  if (missing.length > 0) return `participants lack ${missing.join(', ')}`;
  const allowed = [...gold.participants, ...gold.participantsOptional, ...alsoAllowed];
  const extra = participants.filter((e) => !allowed.some((label) => isLabel(e, label)));
  if (extra.length > 0) return `extra participants ${extra.map((e) => e.forms[0]).join(', ')}`;
  return null;
}

function describeMeeting(meeting: ExtractedMeeting, lookup: Lookup): string {
  const place = meeting.placeCityId
    ? (lookup(meeting.placeCityId)?.forms[0] ?? meeting.placeCityId)
    : '-';
  const who = meeting.participantIds.map((id) => lookup(id)?.forms[0] ?? id).join(', ');
  return `${meeting.kind} ${meeting.date ?? 'undated'} ${place} ${meeting.status} [${who}]`;
}

function scoreMeetings(
  gold: GoldItem,
  meetings: ExtractedMeeting[],
  lookup: Lookup,
  merged: MergedEvents,
  scores: Scores,
  misses: string[],
  matched: Map<number, string>,
): void {
  const free = new Set(meetings.map((m) => m.id));
  // Required meetings claim their match first, so an optional one never takes it from them.
  const order = gold.meetings
    .map((m, index) => ({ m, index }))
    .sort((a, b) => Number(a.m.optional) - Number(b.m.optional));
  for (const { m, index } of order) {
    const also = m.mergeKey ? (merged.get(m.mergeKey) ?? []) : [];
    const match = meetings.find(
      (meeting) => free.has(meeting.id) && meetingMismatch(m, meeting, lookup, also) === null,
    );
    if (match) {
      free.delete(match.id);
      matched.set(index, match.id);
    } else if (!m.optional) {
      const closest = meetings
        .map((meeting) => meetingMismatch(m, meeting, lookup, also))
        .join('; ');
      misses.push(
        `meeting missing: ${m.date ?? 'undated'} ${m.place ?? '-'} [${m.participants.join(', ')}]${closest ? ` — nearest: ${closest}` : ''}`,
      );
    }
  }
  const required = gold.meetings.filter((m) => !m.optional).length;
  const requiredHit = [...matched.keys()].filter((index) => !gold.meetings[index]?.optional).length;
  scores['meetings recall'] = tally(requiredHit, required);
  scores['meetings precision'] = tally(meetings.length - free.size, meetings.length);
  for (const meeting of meetings)
    if (free.has(meeting.id)) misses.push(`false meeting: ${describeMeeting(meeting, lookup)}`);
}
