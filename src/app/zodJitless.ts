// Zod compiles fast parsers with `new Function` and probes for it when schemas are built. The
// content security policy forbids eval and reports even a caught probe, so the app turns the
// compiler off before any schema exists: main.tsx imports this module first.
import { z } from 'zod';

z.config({ jitless: true });
