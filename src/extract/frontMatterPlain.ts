// Front matter is nearly always a few "key: text" lines. Those are read here without the YAML
// parser, which costs more than the rest of reading a short article; anything else (quotes,
// lists, comments, numbers, booleans, nulls, a repeated key, a blank or indented line) returns
// null and goes to the parser. Whatever this reads, the parser reads the same (with the core
// schema, a date is text): test/extract/frontMatterPlain.test.ts compares them.

/** A key and a plain value that YAML reads as that very text. */
const LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+([^\s\-?:,[\]{}#&*!|>'"%@`](?:[^\n\t\r:#]|:(?=[^\s])|(?<=[^\s])#)*)$/;
/** Plain values the core schema reads as something other than text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export function plainFields(yaml: string): Record<string, string> | null {
  if (yaml === '') return null;
  const fields: Record<string, string> = {};
  const lines = yaml.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return null;
    const key = m[1]!;
    const value = m[2]!.replace(/[ ]+$/, '');
    if (key === '__proto__' || Object.hasOwn(fields, key) || NOT_TEXT.test(key) || NOT_TEXT.test(value)) return null;
    fields[key] = value;
  }
  return fields;
}
