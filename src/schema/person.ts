import {
  type CoMentionRow,
  coMentions,
  type MetWithRow,
  metWith,
  personCountries,
} from '../graph/person.js';
import { builder } from './builder.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import {
  entityDetailsPart,
  entityParts,
  notInEntityRecord,
  relatedEntitiesLoader,
} from './entity-reads.js';
import { PersonStatus } from './enums.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { carriedMeetings, meetingsOf } from './meeting-lists.js';
import { needs } from './reads.js';
import { Country, Entity, Meeting, Person, PersonConnection } from './refs.js';

// Person: an entity with role, status, country, meetings and co-mentions, and the root `people` list.

Person.implement({
  ...entityTypeOptions('Person'),
  fields: (t) => ({
    role: t.string({
      nullable: true,
      extensions: needs(entityDetailsPart),
      resolve: async (person, _args, context) => (await entityDetailsPart.of(person, context)).role,
    }),
    status: t.field({
      type: PersonStatus,
      extensions: needs(entityDetailsPart),
      resolve: async (person, _args, context) =>
        (await entityDetailsPart.of(person, context)).status ?? 'CURATED',
    }),
    evidence: t.string({
      nullable: true,
      description: 'For discovered people: the sentence that named them.',
      extensions: needs(entityDetailsPart),
      resolve: async (person, _args, context) =>
        (await entityDetailsPart.of(person, context)).evidence,
    }),
    country: t.loadable({
      type: Country,
      nullable: true,
      description: 'The country the person acts for.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(personCountries, null),
      resolve: (person) => person.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings the person took part in, by date.',
      extensions: needs(carriedMeetings),
      byPath: true,
      load: meetingsOf,
      resolve: (person) => person.id,
    }),
    coMentioned: t.loadableList({
      type: CoMention,
      description: 'People most often named in the same articles.',
      complexity: pagedComplexity,
      args: { first: t.arg.int({ defaultValue: 10 }) },
      byPath: true,
      load: async (ids: string[], context, args, info) => {
        const limit = pageSizeOf(args.first, context.limits);
        const byPerson = await coMentions(
          context.runner,
          ids,
          limit,
          entityParts(info, context, 'entity'),
        );
        return ids.map((id) => byPerson.get(id) ?? []);
      },
      resolve: (person) => person.id,
    }),
    metWith: t.loadableList({
      type: MetWith,
      description:
        'People met in meetings, most shared meetings first: one hop of a walk through meetings.',
      complexity: pagedComplexity,
      args: { first: t.arg.int({ defaultValue: 10 }) },
      byPath: true,
      load: async (ids: string[], context, args, info) => {
        const limit = pageSizeOf(args.first, context.limits);
        const byPerson = await metWith(
          context.runner,
          ids,
          limit,
          entityParts(info, context, 'person'),
        );
        return ids.map((id) => byPerson.get(id) ?? []);
      },
      resolve: (person) => person.id,
    }),
  }),
});

export const MetWith = builder.objectRef<MetWithRow>('MetWith').implement({
  description: 'Another person at the same meetings, with those meetings by date.',
  fields: (t) => ({
    person: t.field({ type: Person, resolve: (row) => row.person }),
    meetings: t.field({ type: [Meeting], resolve: (row) => row.meetingIds }),
  }),
});

export const CoMention = builder.objectRef<CoMentionRow>('CoMention').implement({
  description: 'Another person named in the same articles, with the number of shared articles.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (row) => row.entity }),
    count: t.exposeInt('count'),
  }),
});

entityListQuery('people', 'Person', PersonConnection, 'People by name.', { byStatus: true });
