import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { discoverOrganizations } from '../../../src/ingest/discover/organizations.js';
import { linkText } from '../../../src/ingest/link/index.js';

const catalog = loadCatalog();

function institutions(text: string) {
  const known = linkText(text, 'body', catalog);
  const found = discoverOrganizations([{ field: 'body', text }], catalog, known);
  return {
    mentions: found.mentions.map((m) => `${m.surface}→${m.entityId}`),
    organizations: found.organizations.map((o) => [o.name, o.countryId ?? null]),
  };
}

describe('a state’s institutions named by their country', () => {
  it('reads a country adjective before a dictionary institution noun, one node per country and institution', () => {
    const found = institutions(
      'Das teilte das französische Außenministerium mit. Im französischen Außenministerium hieß es dazu, die litauische Regierungskanzlei prüfe den Fall.',
    );
    expect(found.mentions).toEqual([
      'französische Außenministerium→org:fr-aussenministerium',
      'französischen Außenministerium→org:fr-aussenministerium',
      'litauische Regierungskanzlei→org:lt-regierungskanzlei',
    ]);
    expect(found.organizations).toEqual([
      ['Französisches Außenministerium', 'country:FR'],
      ['Litauische Regierungskanzlei', 'country:LT'],
    ]);
  });

  it('reads a country prefix, a genitive, and an embassy with its city', () => {
    const found = institutions(
      'Das UK-Verteidigungsministerium widersprach. Das Verteidigungsministerium Großbritanniens blieb dabei. Die deutsche Botschaft in Warschau lud ein.',
    );
    expect(found.mentions).toEqual([
      'UK-Verteidigungsministerium→org:gb-verteidigungsministerium',
      'Verteidigungsministerium Großbritanniens→org:gb-verteidigungsministerium',
      'deutsche Botschaft in Warschau→org:de-botschaft-warschau',
    ]);
    expect(found.organizations).toEqual([
      ['UK-Verteidigungsministerium', 'country:GB'],
      ['Deutsche Botschaft in Warschau', 'country:DE'],
    ]);
  });

  it('takes the catalog organisation of that name', () => {
    expect(institutions('Laut dem polnischen Außenministerium ist das falsch.').mentions).toEqual([
      'polnischen Außenministerium→org:msz',
    ]);
  });

  it('leaves alone what names no institution of a state, or one with a name of its own', () => {
    const none = institutions(
      'Eine polnische Zeitung schrieb, der polnische Botschafter und die polnische Delegation seien dort. Die russische Nachrichtenagentur RIA meldete es.',
    );
    expect(none.organizations).toEqual([]);
    expect(none.mentions.filter((m) => m.includes('org:pl-') || m.includes('org:ru-'))).toEqual([]);
  });
});

describe('institutions named by a name glued to their head', () => {
  it('reads "<Name>-Institut" and "<Name>-<Name>-Stiftung", not a word that only ends like a head', () => {
    const found = institutions(
      'Er sprach für das Qworvex-Institut und die Anna-Zelwig-Stiftung über einen Mini-TV-Apparat und ein Ost-Büro.',
    );
    expect(found.organizations.map(([name]) => name)).toEqual([
      'Qworvex-Institut',
      'Anna-Zelwig-Stiftung',
    ]);
  });
});
