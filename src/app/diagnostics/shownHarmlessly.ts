// File names and messages come from the files a user gives: a control character (a terminal's
// escape sequence, a line break in a name) or an invisible one that turns text around (bidi
// overrides) is shown by its name, "[ESC]", instead of acting on what follows.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

// Named as people who meet them know them; any other by its code point. Written in plain letters,
// which every font has (the Unicode signs for controls, ␛, are missing from many).
const NAMES: Record<number, string> = { 0: 'NUL', 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 127: 'DEL' };

export function shownHarmlessly(text: string): string {
  return text.replace(HIDDEN, (c) => {
    const code = c.charCodeAt(0);
    return `[${NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`}]`;
  });
}

/** A message as a sentence of its own: "cannot be read; skipped" → "Cannot be read; skipped." */
export function asSentence(message: string): string {
  const text = shownHarmlessly(message.trim());
  if (text === '') return '';
  return text[0]!.toUpperCase() + text.slice(1) + (/[.!?…]$/.test(text) ? '' : '.');
}
