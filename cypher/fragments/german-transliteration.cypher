// Fragment: the string node_ with the German letters written out as src/ingest/text-fold.ts does
// (ä ö ü → ae oe ue, ẞ → SS; ß is left to the slug), composed first so that a separate diaeresis counts.
replace(replace(replace(replace(replace(replace(replace(normalize(node_, NFC),
  'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS')
