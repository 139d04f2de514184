// What makes a capitalised phrase a person's name in German news text: a role or title right
// before it ("Kremlsprecher Dmitri Peskow", "die Sprecherin des US-Außenministeriums, Tammy
// Bruce,"), or a verb of saying ("sagte Anna Nowak"). German capitalises every noun, so the name
// itself must also look like one (see name-shape.ts).

const ROLE_SUFFIXES = [
  'präsident',
  'präsidentin',
  'sprecher',
  'sprecherin',
  'botschafter',
  'botschafterin',
  'bürgermeister',
  'bürgermeisterin',
  'minister',
  'ministerin',
  'kanzler',
  'kanzlerin',
  'chef',
  'chefin',
  'vorsitzende',
  'vorsitzender',
  'experte',
  'expertin',
  'analyst',
  'analystin',
  'abgeordnete',
  'abgeordneter',
  'sekretär',
  'sekretärin',
  'spieler',
  'spielerin',
  'trainer',
  'trainerin',
  'politiker',
  'politikerin',
  'diplomat',
  'diplomatin',
  'gesandte',
  'gesandter',
  'berater',
  'beraterin',
  'direktor',
  'direktorin',
  'professor',
  'professorin',
  'korrespondent',
  'korrespondentin',
  'journalist',
  'journalistin',
  'bischof',
  'richter',
  'richterin',
  'anwalt',
  'anwältin',
  'general',
  'oppositionsführer',
  'oppositionsführerin',
  'gouverneur',
  'gouverneurin',
  'kommissar',
  'kommissarin',
  'beauftragte',
  'beauftragter',
  'aktivist',
  'aktivistin',
  // Professions that culture and science news put before a name ("die Pianistin Anna Thorn").
  'pianist',
  'pianistin',
  'musiker',
  'musikerin',
  'sänger',
  'sängerin',
  'komponist',
  'komponistin',
  'künstler',
  'künstlerin',
  'schriftsteller',
  'schriftstellerin',
  'autor',
  'autorin',
  'regisseur',
  'regisseurin',
  'historiker',
  'historikerin',
  'wissenschaftler',
  'wissenschaftlerin',
  'ökonom',
  'ökonomin',
  'politologe',
  'politologin',
  'soziologe',
  'soziologin',
];
// The last three letters of every role word (plural "s" included): a cheap first test.
const ROLE_ENDINGS = new Set(
  ROLE_SUFFIXES.flatMap((suffix) => [suffix.slice(-3), `${suffix}s`.slice(-3)]),
);
const TITLES = new Set(['Prof.', 'Dr.', 'Prof', 'Dr']);
const SAYING = new Set([
  'sagte',
  'erklärte',
  'betonte',
  'meinte',
  'schrieb',
  'so',
  'sagt',
  'erklärt',
  'warnte',
  'kritisierte',
  'fügte',
]);

/** "Kremlsprecher", "Außenministerin", "Sicherheitsexpertin": a role word, compounds included. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!ROLE_ENDINGS.has(lower.slice(-3))) return false;
  return ROLE_SUFFIXES.some((suffix) => lower.endsWith(suffix) || lower.endsWith(`${suffix}s`));
}

export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

export function isSayingVerb(word: string): boolean {
  return SAYING.has(word);
}
