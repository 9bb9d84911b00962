// Zod compiles fast parsers with `new Function` and probes for it when schemas are built. The
// content security policy forbids eval and reports even a caught probe, so the app turns the
// compiler off before any schema exists: the entry module (boot.ts) and the dataset worker import
// this module first. It sets zod's global configuration (`globalThis.__zod_globalConfig`, the
// object `z.config({ jitless: true })` writes to) without importing zod, so that it runs before
// zod's code is evaluated in whichever chunk the bundler puts it.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
