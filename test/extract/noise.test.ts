import { describe, expect, it } from 'vitest';
import { findNoise, isFurniture } from '../../src/extract/noise.ts';

describe('page furniture', () => {
  it('is a listed line alone, with a count or a closing mark', () => {
    for (const line of ['Share', '  share this article ', 'Comments (12)', 'Comments: 4', 'Share this story »', 'Print.']) {
      expect(isFurniture(line), line).toBe(true);
    }
  });

  it('is not a sentence that starts like one, nor a long line', () => {
    for (const line of [
      'Share prices fell 12 percent on Monday.',
      'Print runs were cut (12)',
      'Comments by the minister drew 40 replies',
      '',
    ]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it('marks furniture lines and leaves the article', () => {
    const text = 'Ships left the port on Monday.\nShare\nComments (3)\nThe strike ended on Friday.';
    const noise = findNoise(text);
    expect(noise.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Share', 'Comments (3)']);
    expect(noise.blocks).toBe(1);
  });
});
