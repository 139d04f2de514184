import { describe, expect, it } from 'vitest';
import { type SurnamePerson, surnameMerges } from '../../../src/ingest/discover/surname-merge.js';
import type { KnownPerson } from '../../../src/ingest/types.js';

const jan: KnownPerson = {
  id: 'person:jan-wisniewski',
  name: 'Jan Wiśniewski',
  role: 'Bürgermeister',
  countryIds: ['country:PL'],
};
const surnameOnly = (over: Partial<SurnamePerson> = {}): SurnamePerson => ({
  id: 'person:wisniewski',
  role: null,
  countryIds: ['country:PL'],
  mergedInto: null,
  namesakes: [jan],
  ...over,
});

describe('merging a person known by surname into a full name', () => {
  it('merges when the one full name of that surname fits and the page names it', () => {
    expect(surnameMerges([surnameOnly()], new Set([jan.id]))).toEqual([
      { fromId: 'person:wisniewski', intoId: jan.id },
    ]);
    // A compound of the same role fits ("Oberbürgermeister", "Bürgermeister").
    expect(
      surnameMerges([surnameOnly({ role: 'Oberbürgermeister' })], new Set([jan.id])),
    ).toHaveLength(1);
    // Only a page that names the full name merges.
    expect(surnameMerges([surnameOnly()], new Set())).toEqual([]);
  });

  it('leaves namesakes of another role, other countries or another first name apart', () => {
    expect(surnameMerges([surnameOnly({ role: 'Torwart' })], new Set([jan.id]))).toEqual([]);
    expect(surnameMerges([surnameOnly({ countryIds: ['country:CZ'] })], new Set([jan.id]))).toEqual(
      [],
    );
    const ola = { ...jan, id: 'person:ola-wisniewska', name: 'Ola Wiśniewski' };
    expect(
      surnameMerges([surnameOnly({ namesakes: [jan, ola] })], new Set([jan.id, ola.id])),
    ).toEqual([]);
    // A namesake of another role does not make it ambiguous.
    expect(
      surnameMerges(
        [surnameOnly({ role: 'Bürgermeister', namesakes: [jan, { ...ola, role: 'Sängerin' }] })],
        new Set([jan.id]),
      ),
    ).toHaveLength(1);
  });

  it('follows an earlier merge when the surname is written anew', () => {
    expect(surnameMerges([surnameOnly({ mergedInto: jan.id, namesakes: [] })], new Set())).toEqual([
      { fromId: 'person:wisniewski', intoId: jan.id },
    ]);
  });
});
