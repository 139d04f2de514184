import { type GraphQLObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_FIELDS, heavyFieldsOf } from '../../../src/schema/heavy-fields.js';
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
    expect(both).toEqual({ articleText: true, meetingEvidence: true });
  });

  it('answers the same object for the same document (Yoga reuses parsed documents)', () => {
    const document = parse('{ articles { edges { node { title } } } }');
    expect(heavyFieldsOf(document)).toBe(heavyFieldsOf(document));
  });

  it('names real Article fields, all of them answered from the text', () => {
    const article = schema.getType('Article') as GraphQLObjectType;
    const fields = Object.keys(article.getFields());
    for (const name of ARTICLE_TEXT_FIELDS) expect(fields).toContain(name);
  });
});
