import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, slug } from '../../../src/ingest/text-fold.js';
import { projectRoot } from '../../../src/project-root.js';

function curatedNames(file: string): Map<string, string> {
  const entities: { id: string; name: string }[] = JSON.parse(
    readFileSync(join(projectRoot, 'seeds', 'entities', file), 'utf8'),
  );
  return new Map(entities.map((entity) => [entity.id, entity.name]));
}

describe('the one fold', () => {
  it('writes German letters out and strips the marks of other languages', () => {
    expect(fold('München')).toBe('muenchen');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('STRAẞE')).toBe('strasse');
    expect(fold('Ärger Über Öl')).toBe('aerger ueber oel');
    expect(fold('Wałęsa')).toBe('walesa');
    expect(fold('Genève')).toBe('geneve');
    expect(fold('Erdoğan')).toBe('erdogan');
  });

  it('reads a separate diaeresis as the German letter', () => {
    expect(fold('Mu\u0308nchen')).toBe(fold('München'));
  });

  it('keeps "Müller" and "Mueller" one name and "Muller" another', () => {
    expect(fold('Müller')).toBe(fold('Mueller'));
    expect(fold('Müller')).not.toBe(fold('Muller'));
  });

  it('folds white space to single spaces', () => {
    expect(fold('  Frank-Walter\u00a0 Steinmeier\n')).toBe('frank-walter steinmeier');
  });
});

describe('the one slug', () => {
  it('is the fold with a hyphen for every other run of characters', () => {
    expect(slug('Polskie Radio – Deutsche Redaktion')).toBe('polskie-radio-deutsche-redaktion');
    expect(slug('Łukasz Müller-Świątek')).toBe('lukasz-mueller-swiatek');
    expect(slug('„Süddeutsche“ Zeitung!')).toBe('sueddeutsche-zeitung');
  });

  it("is the rule of the catalog's hand-made ids", () => {
    const cities = curatedNames('cities.json');
    const organizations = curatedNames('organizations.json');
    for (const id of ['city:muenchen', 'city:bruessel'])
      expect(`city:${slug(cities.get(id) ?? '')}`).toBe(id);
    for (const id of [
      'org:sueddeutsche-zeitung',
      'org:europaeisches-parlament',
      'org:auswaertiges-amt',
    ])
      expect(`org:${slug(organizations.get(id) ?? '')}`).toBe(id);
  });
});
