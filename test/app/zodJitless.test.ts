import { expect, it } from 'vitest';
import '../../src/app/zodJitless.ts';
import { z } from 'zod';

it('turns off zod compiling parsers with eval, before zod is loaded', () => {
  expect(z.config().jitless).toBe(true);
});
