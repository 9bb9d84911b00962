// Splits a document into blocks, the rows of the virtual source panel. A block ends right after a
// line feed once it holds at least `minChars` characters; the text is one `white-space: pre-wrap`
// flow, so such a block boundary renders exactly as before. A line far longer than that (a whole
// document on one line) is cut at a space, else anywhere but inside a surrogate pair, so that no
// row is ever too long to lay out at once.

export interface TextBlock {
  start: number;
  end: number;
  /** Line feeds inside the block (to estimate its height before it is measured). */
  lines: number;
}

export function textBlocks(text: string, minChars: number, maxChars = minChars * 4): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (let start = 0; start < text.length;) {
    const feed = text.indexOf('\n', start + minChars - 1);
    let end = feed < 0 ? text.length : feed + 1;
    if (end - start > maxChars) {
      const limit = start + maxChars;
      const space = text.lastIndexOf(' ', limit - 1);
      end = space >= start + minChars ? space + 1 : /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
    }
    let lines = 0;
    for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) lines++;
    blocks.push({ start, end, lines });
    start = end;
  }
  return blocks;
}
