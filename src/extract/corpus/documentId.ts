// A document's id: eight characters from a hash of what names the document (its path), a letter
// first and then letters or digits, some 2 × 10¹² ids: a million documents share one about once
// in four corpora. Short, since every passage of the dataset names its document; a letter first,
// so that no id reads as a number (an id of digits alone would sort apart as an object's key).
import { sha256 } from '../ids.ts';

const FIRST = 'abcdefghijklmnopqrstuvwxyz';
const REST = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function documentId(key: string): string {
  // 48 bits of the hash: a whole number held exactly.
  let n = parseInt(sha256(key).slice(0, 12), 16);
  let id = FIRST[n % FIRST.length]!;
  n = Math.floor(n / FIRST.length);
  for (let k = 0; k < 7; k++) {
    id += REST[n % REST.length]!;
    n = Math.floor(n / REST.length);
  }
  return id;
}
