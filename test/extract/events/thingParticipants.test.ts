// A named storm or craft takes part in what the text says it did or what was done to it, as any
// actor does: "Katrina struck …", "Columbia broke apart …", "the crew launched the shuttle …".
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

const rolesWithKinds = (body: string, word: string) => rolesOf(body, word, (a) => `${a.name} (${a.kind})`);

describe('a named storm or craft as a participant', () => {
  it.each([
    [
      'a storm that strikes',
      'Forecasters said Hurricane Odalys struck the coast on Monday.',
      'struck',
      { 'Hurricane Odalys (storm)': 'agent' },
    ],
    [
      'a storm named again by "the storm"',
      'Hurricane Odalys neared the coast on Sunday. The storm made landfall near Tampico on Monday.',
      'made',
      { 'Hurricane Odalys (storm)': 'agent', 'Tampico (place)': 'location' },
    ],
    [
      'a shuttle that breaks apart',
      'The space shuttle Meridian broke apart over Texas on Saturday.',
      'broke',
      { 'Meridian (craft)': 'agent', 'Texas (place)': 'location' },
    ],
    [
      'a shuttle launched',
      'Engineers at Korvath Aerospace launched the space shuttle Meridian on Tuesday.',
      'launched',
      { 'Meridian (craft)': 'patient' },
    ],
    [
      'a ship people are aboard is where it happens',
      'Doctors aboard USS Tallow treated 80 patients on Monday.',
      'treated',
      { 'USS Tallow (craft)': 'location' },
    ],
    ['a ship that is sunk', 'Pirates sank the freighter Morning Quail on Tuesday.', 'sank', { 'Morning Quail (craft)': 'patient' }],
  ])('%s', (_, text, word, roles) => {
    expect(rolesWithKinds(text, word)).toMatchObject(roles);
  });
});
