// Whether a value already is exactly what parsing it with its schema would give back: a record
// the extractor made itself nearly always is, and then it is kept as it is, without the copy a
// zod parse makes (the checks of a large dataset took a third of the corpus stage's time). The
// test is strict and errs one way only: whatever it does not know (a check, a type, a field left
// to its default, an unknown field, fields out of the schema's order) fails it, and the value is
// then parsed by zod as before, which gives the same result and the same error messages.
import type { z } from 'zod';

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  entries?: Record<string, unknown>;
  values?: unknown[];
  in?: z.ZodType;
  out?: z.ZodType;
  transform?: (value: unknown, context: unknown) => unknown;
  catchall?: unknown;
}

type Test = (value: unknown) => boolean;

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const never: Test = () => false;
const tests = new WeakMap<z.ZodType, Test>();

/**
 * Which `remembering` call runs (0: none). Within one, an object test remembers the last object
 * that passed it: an object that consecutive records share (an event's time, its attribution) is
 * checked once. Nothing counts from one call to the next, as an object may change between them.
 */
let round = 0;
let rounds = 0;

/** `run()`, an object that passes a test checked again by it only when another came between (see `round`). */
export function remembering<T>(run: () => T): T {
  const outer = round;
  round = ++rounds;
  try {
    return run();
  } finally {
    round = outer;
  }
}

/** The test for one schema, made once. */
export function conforms(schema: z.ZodType): Test {
  let test = tests.get(schema);
  if (!test) {
    // Set before it is made, so that a schema holding itself reads its own test when called.
    tests.set(schema, (value) => test!(value));
    test = make(defOf(schema));
    tests.set(schema, test);
  }
  return test;
}

/** `value` as the schema's parse gives it: itself when it conforms, else zod's parse (which throws on an invalid value). */
export function asParsed<T>(schema: z.ZodType<T>, value: unknown): T {
  return conforms(schema)(value) ? (value as T) : schema.parse(value);
}

function regexTest(pattern: RegExp | undefined): Test | null {
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) return null;
  return (value) => pattern.test(value as string);
}

/** The checks of a string, number or array, all of them known; null when one is not. */
function checksOf(def: Def, kind: 'string' | 'number' | 'array'): Test[] | null {
  const out: Test[] = [];
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length' && kind !== 'number' && typeof c.minimum === 'number') {
      const min = c.minimum;
      out.push((v) => (v as string | unknown[]).length >= min);
    } else if (c.check === 'string_format' && kind === 'string' && c.format === 'regex') {
      const test = regexTest(c.pattern);
      if (!test) return null;
      out.push(test);
    } else if (c.check === 'number_format' && kind === 'number' && c.format === 'safeint') out.push((v) => Number.isSafeInteger(v));
    else if (c.check === 'greater_than' && kind === 'number' && typeof c.value === 'number') {
      const bound = c.value;
      out.push(c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound);
    } else if (c.check === 'less_than' && kind === 'number' && typeof c.value === 'number') {
      const bound = c.value;
      out.push(c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound);
    } else return null;
  }
  return out;
}

const all = (checks: Test[], value: unknown) => {
  for (const check of checks) if (!check(value)) return false;
  return true;
};

function make(def: Def): Test {
  switch (def.type) {
    case 'string': {
      const checks = checksOf(def, 'string');
      if (!checks) return never;
      if (def.format !== undefined) {
        const format = regexTest(def.pattern);
        if (!format) return never;
        checks.unshift(format);
      }
      return (v) => typeof v === 'string' && all(checks, v);
    }
    case 'number': {
      const checks = checksOf(def, 'number');
      // A format of the type itself ("z.int()"): only the safe integers are known here.
      if (!checks || (def.format !== undefined && def.format !== 'safeint')) return never;
      const integer = def.format === 'safeint';
      return (v) => typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isSafeInteger(v)) && all(checks, v);
    }
    case 'boolean':
      return def.checks?.length ? never : (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = conforms(def.innerType!);
      return (v) => v === null || inner(v);
    }
    // A field left undefined is filled in (default) or kept as undefined (optional): not the value as it is.
    case 'default':
    case 'optional': {
      const inner = conforms(def.innerType!);
      return (v) => v !== undefined && inner(v);
    }
    case 'array': {
      const checks = checksOf(def, 'array');
      if (!checks) return never;
      const element = conforms(def.element!);
      return (v) => {
        if (!Array.isArray(v) || !all(checks, v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectTest(def);
    case 'pipe': {
      // A preprocess (eventSchema reads the compact form): the value conforms when the step leaves it as it is.
      const step = def.in && defOf(def.in);
      if (step?.type !== 'transform' || !step.transform || !def.out) return never;
      const transform = step.transform;
      const out = conforms(def.out);
      return (v) => {
        let issue = false;
        const context = { value: v, issues: [], addIssue: () => void (issue = true) };
        return transform(v, context) === v && !issue && out(v);
      };
    }
    default:
      return never;
  }
}

/** A plain object whose keys are the schema's, in its order, every one but the optional ones there. */
function objectTest(def: Def): Test {
  if (!def.shape || def.checks?.length || def.catchall !== undefined) return never;
  const keys = Object.keys(def.shape);
  const fields = keys.map((k) => conforms(def.shape![k]!));
  const optional = keys.map((k) => defOf(def.shape![k]!).type === 'optional');
  let last: unknown = null;
  let lastRound = 0;
  const test: Test = (v) => {
    if (v === null || typeof v !== 'object') return false;
    if (v === last && lastRound === round && round !== 0) return true;
    if (!check(v)) return false;
    last = v;
    lastRound = round;
    return true;
  };
  const check: Test = (v) => {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    let j = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) return false;
      while (j < keys.length && keys[j] !== key) if (!optional[j++]) return false;
      if (j === keys.length || !fields[j]!(record[key])) return false;
      j++;
    }
    for (; j < keys.length; j++) if (!optional[j]) return false;
    return true;
  };
  return test;
}
