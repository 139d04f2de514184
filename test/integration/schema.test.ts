import { describe, expect, it } from 'vitest';
import { articleMentionPages } from '../../src/graph/article.js';
import { cypherFolder } from '../../src/graph/cypher.js';
import { applyGraphSchema, ENTITY_NAME_LABELS } from '../../src/graph/schema-setup.js';
import { shortHash } from '../../src/ingest/ids.js';
import { positionId } from '../../src/ingest/quotes/index.js';
import { slug } from '../../src/ingest/text-fold.js';
import { emptyGraph, graphCounts, testDriver, testRunner } from '../support/graph.js';

async function schemaObjects(): Promise<string[]> {
  const rows = await testRunner().read('admin/schema-objects');
  return rows.map((row) => String(row.name));
}

describe('graph schema', () => {
  it('applies every statement in cypher/schema, twice without change', async () => {
    const first = await applyGraphSchema(testDriver(), 'neo4j');
    const afterFirst = await schemaObjects();
    const second = await applyGraphSchema(testDriver(), 'neo4j');
    const afterSecond = await schemaObjects();
    expect(first).toBe(cypherFolder('schema').length);
    expect(second).toBe(first);
    expect(afterSecond).toEqual(afterFirst);
    for (const name of [
      'article_id_unique',
      'entity_id_unique',
      'article_text',
      'entity_names',
      'article_published_at',
    ]) {
      expect(afterFirst).toContain(name);
    }
  });

  it('widens an entity-name index made before regions to every label, once', async () => {
    const runner = testRunner();
    await runner.autoCommit('admin/drop-entity-names-index');
    await runner.autoCommit('test/cypher/narrow-entity-names-index');
    const labels = async () =>
      (await runner.read('admin/index-labels', { name: 'entity_names' }))[0]?.labelsOrTypes;
    expect(await labels()).not.toContain('Region');
    await applyGraphSchema(testDriver(), 'neo4j');
    expect([...((await labels()) as string[])].sort()).toEqual([...ENTITY_NAME_LABELS].sort());
  });

  it('enforces unique ids', async () => {
    const runner = testRunner();
    await runner.write('ingest/upsert-outlet', { outlet: { id: 'outlet:test', name: 'Test' } });
    await expect(
      runner.write('test/cypher/create-outlet', { id: 'outlet:test', name: 'Again' }),
    ).rejects.toThrow(/already exists/);
  });

  it('creates the German full-text index over articles', async () => {
    const rows = await testRunner().read('admin/schema-objects');
    expect(rows).toContainEqual({ name: 'article_text', type: 'FULLTEXT' });
  });

  it('moves mentions that older versions wrote as nodes onto the MENTIONS links, losing none', async () => {
    await emptyGraph();
    const runner = testRunner();
    await runner.autoCommit('test/cypher/old-mention-constraint');
    // Written out of reading order, as nothing guaranteed it.
    await runner.write('test/cypher/old-style-mentions', {
      articleId: 'article:old',
      entityId: 'country:PL',
      entityName: 'Polen',
      mentions: [
        {
          surface: 'Polens',
          field: 'body',
          start: 40,
          end: 46,
          sentence: 'Die Rolle Polens wächst.',
          kind: 'NAME',
        },
        {
          surface: 'Polen',
          field: 'title',
          start: 0,
          end: 5,
          sentence: 'Polen wählt',
          kind: 'NAME',
        },
        {
          surface: 'polnische',
          field: 'lead',
          start: 4,
          end: 13,
          sentence: 'Die polnische Regierung tagt.',
          kind: 'ADJECTIVE',
        },
      ],
    });

    await applyGraphSchema(testDriver(), 'neo4j');

    const [page] = await articleMentionPages(runner, ['article:old'], 0, 10, {
      details: true,
      articles: null,
      meetings: null,
    });
    expect(page?.total).toBe(3);
    expect(
      page?.rows.map((mention) => [mention.id, mention.surface, mention.kind, mention.sentence]),
    ).toEqual([
      ['article:old#title:0:5:country:PL', 'Polen', 'NAME', 'Polen wählt'],
      [
        'article:old#lead:4:13:country:PL',
        'polnische',
        'ADJECTIVE',
        'Die polnische Regierung tagt.',
      ],
      ['article:old#body:40:46:country:PL', 'Polens', 'NAME', 'Die Rolle Polens wächst.'],
    ]);
    expect(page?.rows[0]?.entity).toMatchObject({
      id: 'country:PL',
      name: 'Polen',
      kind: 'Country',
    });
    const counts = await graphCounts();
    expect(counts.labels).toEqual({ Article: 1, Entity: 1, Country: 1 });
    expect(counts.relationships).toBe(1);
    expect(await schemaObjects()).not.toContain('mention_id_unique');
  });
  it('splits an undated meeting that older versions merged from articles years apart', async () => {
    await emptyGraph();
    const runner = testRunner();
    await runner.write('test/cypher/merged-undated-meeting', {
      meetingId: 'meeting:old',
      cityId: 'city:vilnius',
      participantIds: ['person:a', 'person:b', 'person:c'],
      reports: [
        {
          articleId: 'article:2020',
          publishedAt: '2020-03-02T10:00:00+01:00',
          evidence: 'A besuchte B in Vilnius.',
          mentions: ['person:a', 'person:b'],
        },
        {
          articleId: 'article:2020-later',
          publishedAt: '2020-03-06T10:00:00+01:00',
          evidence: 'Der Besuch von A bei B.',
          mentions: ['person:a', 'person:b'],
        },
        {
          articleId: 'article:2025',
          publishedAt: '2025-06-01T10:00:00+02:00',
          evidence: 'A besuchte C in Vilnius.',
          mentions: ['person:a', 'person:c'],
        },
      ],
    });

    await applyGraphSchema(testDriver(), 'neo4j');
    await applyGraphSchema(testDriver(), 'neo4j');

    const rows = await runner.read('test/cypher/meeting-reports');
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    expect([...byId.keys()].sort()).toEqual(['meeting:old', 'meeting:old~article:2025']);
    expect(byId.get('meeting:old')).toMatchObject({
      participants: ['person:a', 'person:b'],
      reportedBy: ['article:2020', 'article:2020-later'],
      place: 'city:vilnius',
    });
    expect(byId.get('meeting:old~article:2025')).toMatchObject({
      participants: ['person:a', 'person:c'],
      reportedBy: ['article:2025'],
      place: 'city:vilnius',
      kind: 'VISIT',
    });
  });

  it('renames ids made by the fold before German transliteration, merging into a node that has the new id', async () => {
    await emptyGraph();
    const runner = testRunner();
    const people = [
      { id: 'person:jurgen-muller', name: 'Jürgen Müller', status: 'DISCOVERED' },
      { id: 'person:jorg-schafer', name: 'Jörg Schäfer', status: 'DISCOVERED' },
      { id: 'person:joerg-schaefer', name: 'Jörg Schäfer', status: 'CURATED' },
      { id: 'person:lukasz-muller-swiatek', name: 'Łukasz Müller-Świątek', status: 'DISCOVERED' },
      // "ü" written as "u" and a combining diaeresis
      { id: 'person:jurgen-zerlegt', name: 'Ju\u0308rgen Zerlegt', status: 'DISCOVERED' },
      // hand-made ids and names without German letters stay as they are
      { id: 'person:klopp', name: 'Jürgen Klopp', status: 'CURATED' },
      { id: 'person:anna-nowak', name: 'Anna Nowak', status: 'DISCOVERED' },
    ];
    // The old fold of "Präsident" is "prasident".
    const oldPositionId = `position:${shortHash('person:jurgen-muller', 'prasident', '', 'country:DE')}`;
    await runner.write('test/cypher/old-rule-ids', {
      people,
      outlet: { id: 'outlet:suddeutsche-zeitung', name: 'Süddeutsche Zeitung' },
      position: {
        id: oldPositionId,
        title: 'Präsident',
        personId: 'person:jurgen-muller',
        countryId: 'country:DE',
      },
      mentions: [
        { articleId: 'article:1', entityId: 'person:jurgen-muller', count: 2 },
        { articleId: 'article:1', entityId: 'person:jorg-schafer', count: 1 },
        { articleId: 'article:1', entityId: 'person:joerg-schaefer', count: 4 },
        { articleId: 'article:2', entityId: 'person:jorg-schafer', count: 3 },
        { articleId: 'article:2', entityId: 'person:lukasz-muller-swiatek', count: 1 },
        { articleId: 'article:2', entityId: 'person:jurgen-zerlegt', count: 1 },
        { articleId: 'article:2', entityId: 'person:klopp', count: 1 },
        { articleId: 'article:2', entityId: 'person:anna-nowak', count: 1 },
      ],
    });

    await applyGraphSchema(testDriver(), 'neo4j');
    const once = await runner.read('test/cypher/node-links');
    await applyGraphSchema(testDriver(), 'neo4j');
    const rows = await runner.read('test/cypher/node-links');
    expect(rows).toEqual(once);

    const links = new Map(rows.map((row) => [String(row.id), row.links]));
    const newPositionId = positionId('person:juergen-mueller', 'Präsident', null, 'country:DE');
    expect(newPositionId).not.toBe(oldPositionId);
    expect([...links.keys()]).toEqual(
      [
        'article:1',
        'article:2',
        'country:DE',
        'meeting:old',
        'outlet:sueddeutsche-zeitung',
        'person:anna-nowak',
        'person:joerg-schaefer',
        'person:juergen-mueller',
        'person:juergen-zerlegt',
        'person:klopp',
        'person:lukasz-mueller-swiatek',
        newPositionId,
      ].sort(),
    );
    // The Cypher migration and the program's rule agree on every renamed id.
    for (const row of rows)
      if (String(row.id).startsWith('person:') && row.id !== 'person:klopp')
        expect(row.id).toBe(`person:${slug(String(row.name))}`);
    expect(links.get('person:juergen-mueller')).toEqual([
      `HOLDS>${newPositionId}`,
      'MENTIONS<article:1 2',
      'PARTICIPATED_IN>meeting:old',
    ]);
    // Merged: the relationships of both, the target's where both had one to the same article.
    expect(links.get('person:joerg-schaefer')).toEqual([
      'MENTIONS<article:1 4',
      'MENTIONS<article:2 3',
      'PARTICIPATED_IN>meeting:old',
    ]);
    expect(rows.find((row) => row.id === 'person:joerg-schaefer')?.name).toBe('Jörg Schäfer');
    expect(links.get(newPositionId)).toEqual([
      'FOR>country:DE',
      'HOLDS<person:juergen-mueller',
      'REPORTED_IN>article:1',
    ]);
    expect(links.get('outlet:sueddeutsche-zeitung')).toEqual([
      'PUBLISHED_BY<article:1',
      'PUBLISHED_BY<article:2',
    ]);
    expect(links.get('meeting:old')).toEqual([
      'PARTICIPATED_IN<person:joerg-schaefer',
      'PARTICIPATED_IN<person:juergen-mueller',
    ]);
    expect(links.get('person:klopp')).toEqual(['MENTIONS<article:2 1']);
  });
});
