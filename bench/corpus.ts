// A synthetic news corpus for benchmarks: articles built from varied templates (dated and
// undated events, ranges, durations, relative dates, attributions, quotations, lists), seeded so
// that every run builds the same corpus.
const ACTORS = [
  'Hamas',
  'Israel',
  'the U.S.',
  'Qatar',
  'Egypt',
  'the CIA',
  'Turkey',
  'Hezbollah',
  'the United Nations',
  'Iran',
  'Jordan',
  'the European Union',
  'Saudi Arabia',
  'Lebanon',
];
const PEOPLE = [
  'National Security Advisor Jake Sullivan',
  'UN envoy Tor Wennesland',
  'Secretary of State Antony Blinken',
  'Prime Minister Benjamin Netanyahu',
  'Foreign Minister Sameh Shoukry',
  'President Joe Biden',
];
const SOURCES = [
  'Axios sources indicate',
  'Reuters reports',
  'Officials confirm',
  'Analysts estimate',
  'Diplomats say',
  'Qatari mediators report',
  'Turkish intelligence officials warn',
];
const EVENTS = [
  'an emergency session',
  'a round of talks',
  'a prisoner exchange',
  'a ceasefire agreement',
  'a closed-door briefing',
  'a summit',
  'a naval deployment',
  'a humanitarian convoy',
  'a security meeting',
  'an airstrike',
];
const VERBS = ['held', 'announced', 'hosted', 'brokered', 'facilitated', 'suspended', 'postponed', 'resumed', 'rejected', 'approved'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Doha', 'Cairo', 'Geneva', 'Amman', 'Ankara', 'Beirut', 'Riyadh', 'Gaza'];

type Random = () => number;

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function when(r: Random, year: number): string {
  switch (Math.floor(r() * 12)) {
    case 0:
      return `on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, ${year}`;
    case 1:
      return `on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}`;
    case 2:
      return `in ${pick(r, MONTHS)} ${year}`;
    case 3:
      return `in ${year}`;
    case 4:
      return `since ${pick(r, MONTHS)} ${year}`;
    case 5:
      return `last ${pick(r, ['week', 'month', 'year'])}`;
    case 6:
      return `on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}`;
    case 7:
      return `from ${pick(r, MONTHS.slice(0, 6))} to ${pick(r, MONTHS.slice(6))} ${year}`;
    case 8:
      return `two ${pick(r, ['days', 'weeks', 'months'])} later`;
    case 9:
      return `in early ${year}`;
    case 10:
      return `between ${year - 2} and ${year}`;
    default:
      return `${pick(r, ['yesterday', 'this week', 'recently', 'in the third quarter'])}`;
  }
}

function sentence(r: Random, year: number): string {
  const a = pick(r, ACTORS);
  const b = pick(
    r,
    ACTORS.filter((x) => x !== a),
  );
  switch (Math.floor(r() * 9)) {
    case 0:
      return `${cap(a)} ${pick(r, VERBS)} ${pick(r, EVENTS)} with ${b} in ${pick(r, PLACES)} ${when(r, year)}.`;
    case 1:
      return `${pick(r, SOURCES)} ${a} ${pick(r, VERBS)} ${pick(r, EVENTS)} ${when(r, year)}, marking the first direct contact since ${year - 1 - Math.floor(r() * 8)}.`;
    case 2:
      return `“We are exploring all avenues,” said ${pick(r, PEOPLE)} during a press conference in ${pick(r, PLACES)}.`;
    case 3:
      return `The ${year - 3} ${pick(r, ['Egypt-brokered', 'Qatar-mediated', 'UN-backed'])} ceasefire lasted ${2 + Math.floor(r() * 20)} months before collapsing.`;
    case 4:
      return `${cap(a)} reportedly ${pick(r, VERBS)} ${pick(r, EVENTS)}, according to officials.`;
    case 5:
      return `Analysts estimate $${(1 + r() * 9).toFixed(1)} billion in aid depends on talks between ${a} and ${b}.`;
    case 6:
      return `${cap(b)}’s offer of ${100 + Math.floor(r() * 900)} detainees remains on the table.`;
    case 7:
      return `\n- ${cap(a)} and ${b} ${pick(r, VERBS)} ${pick(r, EVENTS)} ${when(r, year)}\n`;
    default:
      return `${cap(a)} ${pick(r, VERBS)} ${pick(r, EVENTS)} ${when(r, year)}, while ${b} ${pick(r, VERBS)} ${pick(r, EVENTS)}.`;
  }
}

export interface Article {
  name: string;
  text: string;
  date: string | null;
}

export function generateCorpus(count: number, seed = 20240610): Article[] {
  const r = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + Math.floor(r() * 25);
    const dated = r() < 0.8;
    const date = dated
      ? `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
      : null;
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
      Array.from({ length: 2 + Math.floor(r() * 5) }, () => sentence(r, year)).join(' '),
    );
    const front = `---\ntitle: Article ${i}\n${date ? `date: ${date}\n` : ''}source: Synthetic Wire\n---\n`;
    return { name: `article-${String(i).padStart(5, '0')}.md`, text: front + paragraphs.join('\n\n') + '\n', date };
  });
}
