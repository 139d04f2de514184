import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { seedGraph } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import { graphCounts, testRunner } from '../support/graph.js';

const exec = promisify(execFile);

async function ingestCli(...paths: string[]) {
  const { uri } = inject('neo4j');
  try {
    const { stdout, stderr } = await exec(
      join(projectRoot, 'node_modules/.bin/tsx'),
      ['src/cli/ingest.ts', ...paths],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: uri, NER_URL: inject('ner').url, LOG_LEVEL: 'silent' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('ingesting the seed page into Neo4j', () => {
  it('links every article to the right entities', async () => {
    await seedGraph(testRunner(), () => {});
    const rows = await testRunner().read('test/cypher/article-entities');
    const byDate = new Map(rows.map((row) => [row.dateLine as string, row.entityIds as string[]]));
    const people = (dateLine: string) =>
      (byDate.get(dateLine) ?? []).filter((id) => id.startsWith('person:'));
    expect(people('11.04.2025 00:10')).toEqual([
      'person:donald-trump',
      'person:tammy-bruce',
      'person:wladimir-putin',
    ]);
    expect(people('24.02.2025 23:30')).toEqual(['person:radoslaw-sikorski']);
    expect(people('03.03.2025 17:00')).toEqual(['person:alexander-darchijew']);
    expect(people('24.03.2025 06:00')).toEqual([
      'person:ekrem-imamoglu',
      'person:recep-tayyip-erdogan',
    ]);
    expect(people('09.04.2025 06:00')).toEqual(['person:dmitri-peskow']);
    const all = new Set([...byDate.values()].flat());
    for (const id of [
      'country:RU',
      'country:US',
      'country:UA',
      'country:TR',
      'country:PL',
      'city:istanbul',
      'city:riad',
      'city:moskau',
      'city:washington',
      'org:ria',
      'org:cnn',
      'org:uno',
    ]) {
      expect(all, id).toContain(id);
    }
  });

  it('holds the three curated meetings of seeds/meetings.json, the Istanbul talks of 10 April reported twice', async () => {
    const meetings = await testRunner().read('test/cypher/meetings');
    expect(meetings).toEqual([
      {
        date: '2025-02-18',
        status: 'HELD',
        place: 'city:riad',
        country: 'country:SA',
        participants: ['country:RU', 'country:US'],
        reportedBy: ['11.04.2025 00:10'],
      },
      {
        date: '2025-02-27',
        status: 'HELD',
        place: 'city:istanbul',
        country: 'country:TR',
        participants: ['country:RU', 'country:US'],
        reportedBy: ['11.04.2025 00:10'],
      },
      {
        date: '2025-04-10',
        status: 'HELD',
        place: 'city:istanbul',
        country: 'country:TR',
        participants: ['country:RU', 'country:US'],
        reportedBy: ['09.04.2025 06:00', '11.04.2025 00:10'],
      },
    ]);
  });

  it('leaves node and relationship counts unchanged when loaded again', async () => {
    const before = await graphCounts();
    await seedGraph(testRunner(), () => {});
    expect(await graphCounts()).toEqual(before);
    expect(before.labels.Article).toBe(5);
    expect(before.labels.Meeting).toBe(3);
  });

  it('CLI: loads good pages, names the bad ones, writes nothing of them and fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-graph-ingest-'));
    writeFileSync(
      join(dir, 'good.txt'),
      'Klimagipfel in Paris\n\n01.12.2025 09:15\nVertreter Frankreichs und Chinas trafen sich am Montag in Paris zu Gesprächen. „Wir sind zufrieden“, sagte die Umweltministerin Anna Lena Berger.\n',
    );
    writeFileSync(join(dir, 'no-date.txt'), 'Ein Titel\nAber kein Datum, nur Text.\n');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const before = await graphCounts();

    const result = await ingestCli(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('pages: 1 loaded, 3 failed');
    expect(result.stdout).toContain('articles: 1 new');
    expect(result.stdout).toContain('people: 0 linked, 1 discovered');
    expect(result.stderr).toMatch(/not loaded: .*no-date\.txt: no dated item/);
    expect(result.stderr).toMatch(/not loaded: .*binary\.bin: the file is binary/);
    expect(result.stderr).toMatch(/not loaded: .*empty\.txt: the page is empty/);

    const after = await graphCounts();
    expect(after.labels.Article).toBe((before.labels.Article ?? 0) + 1);
    const people = await testRunner().read('test/cypher/person-status');
    expect(people).toContainEqual({ id: 'person:anna-lena-berger', status: 'DISCOVERED' });
    expect(people).toContainEqual({ id: 'person:wladimir-putin', status: 'CURATED' });

    const again = await ingestCli(join(dir, 'good.txt'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('articles: 0 new, 0 updated, 1 unchanged');
    expect(await graphCounts()).toEqual(after);
  });
});
