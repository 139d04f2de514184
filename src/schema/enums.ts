import { builder } from './builder.js';

// The schema's enums, in one place: several types' fields and arguments share them.

export const EntityKind = builder.enumType('EntityKind', {
  values: {
    PERSON: { value: 'Person' },
    COUNTRY: { value: 'Country' },
    CITY: { value: 'City' },
    ORGANIZATION: { value: 'Organization' },
    REGION: { value: 'Region' },
  } as const,
});

export const RegionKind = builder.enumType('RegionKind', {
  description: 'What sort of region.',
  values: {
    ADMINISTRATIVE: { description: 'A state, province, oblast, voivodeship or canton.' },
    HISTORICAL: { description: 'A historical region ("Schlesien", "Böhmen", "Donbass").' },
    GEOGRAPHIC: { description: 'A geographic region or a continent ("Masuren", "Kaukasus").' },
    DISPUTED: { description: 'A disputed area ("Krim", "Gazastreifen", "Westjordanland").' },
  } as const,
});

export const MentionKind = builder.enumType('MentionKind', {
  description: 'How the text names the entity.',
  values: ['NAME', 'ADJECTIVE', 'METONYM'] as const,
});

export const ArticleField = builder.enumType('ArticleField', {
  description:
    'Where a mention sits; CAPTION offsets point into the captions joined by a blank line.',
  values: ['TITLE', 'LEAD', 'BODY', 'CAPTION'] as const,
});

export const SortDirection = builder.enumType('SortDirection', {
  values: ['ASC', 'DESC'] as const,
});

export const ArticleOrderField = builder.enumType('ArticleOrderField', {
  values: ['PUBLISHED_AT'] as const,
});

export const PersonStatus = builder.enumType('PersonStatus', {
  values: {
    CURATED: { description: 'From the curated catalog.' },
    DISCOVERED: { description: 'Found in text by context cues; see evidence.' },
  } as const,
});

export const MeetingStatus = builder.enumType('MeetingStatus', {
  values: {
    PLANNED: { description: 'Every report precedes the date.' },
    HELD: { description: 'Reported as having taken place (or dated in the past of a report).' },
    CANCELLED: { description: 'A report says it was called off or postponed.' },
  } as const,
});

export const MeetingKind = builder.enumType('MeetingKind', {
  values: {
    TALKS: { description: 'Talks, consultations or negotiations.' },
    CALL: { description: 'A phone or video call.' },
    VISIT: { description: 'A visit (official, state, inaugural), with the talks held during it.' },
    SUMMIT: { description: 'A summit or general assembly.' },
  } as const,
});

export const Interval = builder.enumType('Interval', {
  values: { DAY: { value: 'day' }, WEEK: { value: 'week' }, MONTH: { value: 'month' } } as const,
});
