import { type GraphQLObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ARTICLE_DETAIL_FIELDS, ARTICLE_TEXT_FIELDS, ENTITY_DETAIL_FIELDS, heavyFieldsOf } from '../../../src/schema/heavy-fields.js';
import { ENTITY_FACT_FIELDS } from '../../../src/schema/entity.js';
import { schema } from '../../../src/schema/index.js';

describe('heavyFieldsOf', () => {
  it('reads article text only when the document names a text field', () => {
    const titles = parse('{ articles(where: {text: "Putin"}) { edges { node { title publishedAt } } } }');
    expect(heavyFieldsOf(titles).articleText).toBe(false);
    expect(heavyFieldsOf(parse('{ articles { edges { node { summary: lead } } } }')).articleText).toBe(true);
    const inFragment = parse(`query { search(query: "x") { node { ...A } } }
      fragment A on Article { captions }`);
    expect(heavyFieldsOf(inFragment).articleText).toBe(true);
    const skipped = parse('query ($no: Boolean!) { articles { edges { node { body @include(if: $no) } } } }');
    expect(heavyFieldsOf(skipped).articleText).toBe(true);
  });

  it('reads meeting evidence only when a field named evidence is asked for', () => {
    expect(heavyFieldsOf(parse('{ meetings { edges { node { date } } } }')).meetingEvidence).toBe(false);
    const both = heavyFieldsOf(parse('{ meetings { edges { node { evidence reportedBy { edges { node { body } } } } } } }'));
    expect(both).toEqual({
      articleText: true,
      articleDetails: false,
      meetingEvidence: true,
      entityDetails: true,
      totalCounts: false,
      articleDates: false,
      meetingLocation: false,
    });
  });

  it('reads entity details only when one of their fields is asked for', () => {
    expect(heavyFieldsOf(parse('{ articles { edges { node { entities { id name } } } } }')).entityDetails).toBe(false);
    expect(heavyFieldsOf(parse('{ entity(name: "Putin") { aliases } }')).entityDetails).toBe(true);
    expect(heavyFieldsOf(parse('{ people { edges { node { ... on Person { role } } } } }')).entityDetails).toBe(true);
    expect(heavyFieldsOf(parse('{ countries { edges { node { isoCode } } } }'))).toEqual({
      articleText: false,
      articleDetails: false,
      meetingEvidence: false,
      entityDetails: true,
      totalCounts: false,
      articleDates: false,
      meetingLocation: false,
    });
  });

  it('answers the same object for the same document (Yoga reuses parsed documents)', () => {
    const document = parse('{ articles { edges { node { title } } } }');
    expect(heavyFieldsOf(document)).toBe(heavyFieldsOf(document));
  });

  it('names real Article fields, all of them answered from the text', () => {
    const article = schema.getType('Article') as GraphQLObjectType;
    const fields = Object.keys(article.getFields());
    for (const name of ARTICLE_TEXT_FIELDS) expect(fields).toContain(name);
    for (const name of ARTICLE_DETAIL_FIELDS) expect(fields).toContain(name);
  });

  it('counts per-parent totals only when totalCount is asked for', () => {
    expect(heavyFieldsOf(parse('{ entity(name: "Putin") { articles { edges { node { title } } } } }')).totalCounts).toBe(false);
    expect(heavyFieldsOf(parse('{ entity(name: "Putin") { articles { totalCount } } }')).totalCounts).toBe(true);
  });

  it('reads article details only when language, url or degraded is asked for', () => {
    expect(heavyFieldsOf(parse('{ articles { edges { node { title publishedAt } } } }')).articleDetails).toBe(false);
    expect(heavyFieldsOf(parse('{ articles { edges { node { degraded } } } }')).articleDetails).toBe(true);
  });

  it('reads publishedAt only when it or a cursor is asked for', () => {
    const titles = '{ articles { edges { node { title } } pageInfo { hasNextPage } } }';
    expect(heavyFieldsOf(parse(titles)).articleDates).toBe(false);
    for (const named of [
      '{ articles { edges { node { publishedAt } } } }',
      '{ articles { edges { cursor } } }',
      '{ meetings { pageInfo { startCursor } } }',
      '{ entity(name: "Putin") { articles { pageInfo { endCursor } } } }',
    ])
      expect(heavyFieldsOf(parse(named)).articleDates, named).toBe(true);
  });

  it("reads where a meeting was held only when a field named place or country is asked for", () => {
    expect(heavyFieldsOf(parse('{ meetings { edges { node { date participants { name } } } } }')).meetingLocation).toBe(false);
    expect(heavyFieldsOf(parse('{ meetings { edges { node { place { name } } } } }')).meetingLocation).toBe(true);
    expect(heavyFieldsOf(parse('{ people { edges { node { ... on Person { country { name } } } } } }')).meetingLocation).toBe(true);
  });

  it('names every field of the entity types that is not a relation, name or id', () => {
    const scalarsOf = (type: string) =>
      Object.values((schema.getType(type) as GraphQLObjectType).getFields())
        .filter((field) => !['id', 'name', 'mentionCount'].includes(field.name) && field.args.length === 0)
        .filter((field) => !ENTITY_FACT_FIELDS.has(field.name))
        .filter((field) => /^\[?(String|PersonStatus)/.test(String(field.type)))
        .map((field) => field.name);
    const named = ['Person', 'Country', 'City', 'Organization'].flatMap(scalarsOf);
    expect(new Set(named)).toEqual(ENTITY_DETAIL_FIELDS);
  });
});
