// Objects made from another with fields added. In Node 20, `{ ...base, field }` gives each object
// it makes a hidden class (shape) of its own when `field` is not one of base's keys: making it
// costs microseconds, and every function that later reads such objects (events, names, tokens)
// sees a new shape each time and takes V8's slowest path. Object.assign onto a new object gives
// the same keys in the same order with the same values, and objects made alike share a shape.

/** The same object as `{ ...base, ...fields }`. */
export function extend<T extends object, U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields);
}

/** The same object as `{ ...base, ...changes }`, for changes to fields of base's own type. */
export function changed<T extends object>(base: T, changes: Partial<T>): T {
  return Object.assign({}, base, changes);
}

/**
 * One object for each distinct value (compared as JSON), the first seen: equal values made apart
 * (the same date of many events) are held once.
 */
export function interner<T>(): (value: T) => T {
  const seen = new Map<string, T>();
  // An object given again (the time of every event of one sentence) is answered without writing it out again.
  const given = new Map<T, T>();
  return (value) => {
    if (value === null || typeof value !== 'object') return value;
    const known = given.get(value);
    if (known !== undefined) return known;
    const key = JSON.stringify(value);
    let first = seen.get(key);
    if (first === undefined) seen.set(key, (first = value));
    given.set(value, first);
    return first;
  };
}

/**
 * `text` as a string of its own. A string made by joining and slicing others (a title: its first
 * letter capitalized before a slice of its clause) keeps every string it was made from, the whole
 * clause included, for as long as it is held: on news articles such a title took 2.5 times the
 * memory of its own characters. Written out and read back as JSON, it is one flat string that
 * holds nothing else, with one byte per character when every character fits in one: a copy
 * sliced from a longer string would keep a slice's header (32 bytes) beside the copy, and two
 * bytes per character for any text sliced from a document with one curly quote in it (on news
 * articles, half of the titles), for twice the memory. Half a microsecond more a string.
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
