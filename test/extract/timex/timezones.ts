// Runs a block of tests once per time zone. Node re-reads process.env.TZ when it is assigned, so
// each block really runs with that zone's local time; a guard test proves the switch took effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Zones far apart, with a half-hour and a quarter-hour offset among them. */
export const ZONES: ReadonlyArray<[string, number]> = [
  ['UTC', 0],
  ['Pacific/Kiritimati', -840],
  ['America/Los_Angeles', 480],
  ['Asia/Kathmandu', -345],
];

export function eachTimeZone(body: (zone: string) => void): void {
  for (const [zone, offset] of ZONES) {
    describe(`with TZ=${zone}`, () => {
      const saved = process.env.TZ;
      beforeAll(() => {
        process.env.TZ = zone;
      });
      afterAll(() => {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      });
      it('runs in that zone', () => {
        expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(offset);
      });
      body(zone);
    });
  }
}
