import { describe, expect, it } from 'vitest';
import { findNoise, isCommentMarker, isFurniture } from '../../src/extract/noise.ts';

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

  it.each([
    ['March 2, 2011 at 9:30 am | Report this', true],
    ['March 2, 2011 11:45 pm at 11:45 pm | The council should have waited.', true],
    ['March 2nd, 2011 01:08 am at 1:08 am | Nobody asked us.', true],
    ['At 12:20 30th Jul 2012, Harbourview wrote: The ferry was late again.', true],
    ['At 12:20 on Monday the ferry left the harbour, the captain wrote in his log.', false],
    ['The council met on March 2, 2011 at 9:30 am to vote on the budget.', false],
  ])('a comment timestamp starts the comments: %s', (line, marks) => {
    expect(isCommentMarker(line)).toBe(marks);
  });

  it.each([
    ['Views expressed in the comments do not represent those of the Harbour Gazette.'],
    ['Comments are not pre-screened before they post.'],
    ['This discussion is now closed.'],
    ['Notify me of follow-up comments via email.'],
  ])('a notice of the comment section starts the comments: %s', (notice) => {
    const text = `The ferry service resumed on Monday.\n${notice}\nThe mayor should resign, nobody trusts him.\nWe never get a ferry on time anyway.`;
    const noise = findNoise(text);
    expect(noise.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      notice,
      'The mayor should resign, nobody trusts him.',
      'We never get a ferry on time anyway.',
    ]);
  });

  it('reads lines that open with a date, a dash and a time as comments', () => {
    const text = 'The ferry service resumed on Monday.\n3rd March 2011 - 12:47 Nobody asked us about it.\n3rd March 2011 - 13:02 I agree!!';
    expect(findNoise(text).spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '3rd March 2011 - 12:47 Nobody asked us about it.',
      '3rd March 2011 - 13:02 I agree!!',
    ]);
  });

  it('reads two or more lines that open with a date and a time as comments, and one as the article', () => {
    const article = 'The ferry service resumed on Monday.\nThe harbour master said the storm had passed.';
    const one = `${article}\nMarch 2nd, 2011 12:47 pm ET The council confirmed the timetable.`;
    expect(findNoise(one).spans).toEqual([]);
    const two = `${article}\nMarch 2nd, 2011 12:47 pm ET Nobody asked us about it.\nMarch 3rd, 2011 5:12 am ET I agree!!`;
    const noise = findNoise(two);
    expect(noise.spans.map((s) => two.slice(s.start, s.end))).toEqual([
      'March 2nd, 2011 12:47 pm ET Nobody asked us about it.',
      'March 3rd, 2011 5:12 am ET I agree!!',
    ]);
  });
});
