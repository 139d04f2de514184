import { type CoMentionRow, coMentions, personCountries } from '../graph/person.js';
import type { EntityRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { articleEntitiesLoader, Entity, entitiesOfKind, entityDetailsOf, entityParts, meetingsOf } from './entity.js';
import { entityConnection } from './entity-lists.js';
import { Meeting } from './meeting.js';
import { type Connection, totalCountOf } from './pagination.js';
import { Country } from './country.js';

export const PersonStatus = builder.enumType('PersonStatus', {
  values: {
    CURATED: { description: 'From the curated catalog.' },
    DISCOVERED: { description: 'Found in text by context cues; see evidence.' },
  } as const,
});

export const Person = builder.loadableNodeRef<EntityRecord>('Person', {
  id: { resolve: (person) => person.id },
  load: entitiesOfKind('Person'),
  sort: (person) => person.id,
});

Person.implement({
  interfaces: [Entity],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Person',
  fields: (t) => ({
    role: t.string({
      nullable: true,
      resolve: async (person, _args, context) => (await entityDetailsOf(person, context)).role,
    }),
    status: t.field({
      type: PersonStatus,
      resolve: async (person, _args, context) => (await entityDetailsOf(person, context)).status ?? 'CURATED',
    }),
    evidence: t.string({
      nullable: true,
      description: 'For discovered people: the sentence that named them.',
      resolve: async (person, _args, context) => (await entityDetailsOf(person, context)).evidence,
    }),
    country: t.loadable({
      type: Country,
      nullable: true,
      description: 'The country the person acts for.',
      byPath: true,
      load: async (ids: string[], context, _args, info) => {
        const byPerson = await personCountries(context.runner, ids, entityParts(info, context));
        return ids.map((id) => byPerson.get(id) ?? null);
      },
      resolve: (person) => person.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings the person took part in, by date.',
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
        const byPerson = await coMentions(context.runner, ids, limit, entityParts(info, context, 'entity'));
        return ids.map((id) => byPerson.get(id) ?? []);
      },
      resolve: (person) => person.id,
    }),
  }),
});

export const CoMention = builder.objectRef<CoMentionRow>('CoMention').implement({
  description: 'Another person named in the same articles, with the number of shared articles.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (row) => row.entity }),
    count: t.exposeInt('count'),
  }),
});

export const PersonConnection = builder.connectionObject(
  {
    type: Person,
    name: 'PersonConnection',
    fields: (t) => ({
      totalCount: t.int({ resolve: (c) => totalCountOf(c as unknown as Connection<EntityRecord>) }),
    }),
  },
  { name: 'PersonEdge' },
);

builder.objectFields(Article, (t) => ({
  people: t.loadableList({
    type: Person,
    description: 'People the article mentions.',
    byPath: true,
    load: articleEntitiesLoader('Person'),
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  people: t.field({
    type: PersonConnection,
    description: 'People by name.',
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string(), status: t.arg({ type: PersonStatus }) },
    resolve: (_root, args, context, info) => entityConnection(context, 'Person', args, info),
  }),
}));
