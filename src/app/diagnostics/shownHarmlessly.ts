// File names and messages come from the files a user gives: a control character (a terminal's
// escape sequence, a line break in a name) or an invisible one that turns text around (bidi
// overrides) is shown as a visible sign instead of acting on what follows.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function shownHarmlessly(text: string): string {
  return text.replace(HIDDEN, (c) => {
    const code = c.charCodeAt(0);
    // The Unicode signs for C0 controls and delete: ␛ for escape, ␊ for a line feed.
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
  });
}

/** A message as a sentence of its own: "cannot be read; skipped" → "Cannot be read; skipped." */
export function asSentence(message: string): string {
  const text = shownHarmlessly(message.trim());
  if (text === '') return '';
  return text[0]!.toUpperCase() + text.slice(1) + (/[.!?…]$/.test(text) ? '' : '.');
}
