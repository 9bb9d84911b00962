// Names and messages printed to a terminal: control characters in a file name (an ANSI escape
// sequence that clears the screen, a carriage return that hides the rest of the line) are shown
// as escapes, never sent to the terminal as they are.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
