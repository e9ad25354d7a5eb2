/**
 * The bounds every synced value stays within, so that whatever one station writes can be stored
 * by either centre store (SQLite's JSON functions, PostgreSQL's jsonb) and served to every device
 * whose scope holds it. One rule for the centre (which refuses a mutation outside it with
 * `invalidShape`) and for the station (which may check before it writes).
 *
 *  - nesting: at most MAX_VALUE_DEPTH arrays/objects inside one another in a record's fields
 *    (`{ items: [{ a: 1 }] }` is depth 2);
 *  - strings: at most `maxStringChars` UTF-16 units, well-formed (no lone surrogate), no U+0000;
 *  - numbers: finite, magnitude at most Number.MAX_SAFE_INTEGER;
 *  - object keys: not `__proto__`, `constructor` or `prototype`, at most MAX_KEY_CHARS, and the
 *    same string rules;
 *  - only JSON values (no undefined, functions, bigint, symbols).
 */

export const MAX_VALUE_DEPTH = 8;
/** The default longest string; a table with larger values (a photo's base64) passes its own. */
export const MAX_STRING_CHARS = 64 * 1024;
export const MAX_KEY_CHARS = 64;
export const MAX_NUMBER_MAGNITUDE = Number.MAX_SAFE_INTEGER;
/** Keys that mean something to JavaScript objects and never name data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ValueBoundsOptions {
  maxStringChars?: number;
  maxDepth?: number;
}

// A lone high surrogate (not followed by a low one) or a lone low one (not preceded by a high one), or NUL.
// eslint-disable-next-line no-control-regex
const BAD_STRING = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/;

function stringProblem(s: string, max: number): string | null {
  if (s.length > max) return `is a string longer than ${max} characters`;
  if (BAD_STRING.test(s)) return 'is a string with a lone surrogate or a NUL character (not valid Unicode text)';
  return null;
}

const at = (path: string) => (path === '' ? 'value' : path);

/**
 * Why `value` is outside the bounds (naming where, e.g. `mobile[0][0]`), or null. `depth` is the
 * number of containers already around it: a record's fields object is checked with
 * `fieldsBoundsProblem`, which counts itself as none.
 */
export function valueBoundsProblem(value: unknown, opts: ValueBoundsOptions = {}, path = '', depth = 0): string | null {
  const maxString = opts.maxStringChars ?? MAX_STRING_CHARS;
  const maxDepth = opts.maxDepth ?? MAX_VALUE_DEPTH;
  switch (typeof value) {
    case 'string': {
      const p = stringProblem(value, maxString);
      return p ? `${at(path)} ${p}` : null;
    }
    case 'number':
      if (!Number.isFinite(value)) return `${at(path)} is not a finite number`;
      if (Math.abs(value) > MAX_NUMBER_MAGNITUDE) return `${at(path)} is a number larger than ${MAX_NUMBER_MAGNITUDE} in magnitude`;
      return null;
    case 'boolean':
      return null;
    case 'object': {
      if (value === null) return null;
      if (depth + 1 > maxDepth) return `${at(path)} is nested deeper than ${maxDepth} levels`;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const p = valueBoundsProblem(value[i], opts, `${path}[${i}]`, depth + 1);
          if (p) return p;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return `${at(path)} is not a plain JSON object`;
      for (const key of Object.keys(value)) {
        const p = keyProblem(key);
        if (p) return `${path === '' ? '' : `${path}.`}${JSON.stringify(key)}: ${p}`;
        const v = valueBoundsProblem((value as Record<string, unknown>)[key], opts, path === '' ? key : `${path}.${key}`, depth + 1);
        if (v) return v;
      }
      return null;
    }
    default:
      return `${at(path)} is not a JSON value (${typeof value})`;
  }
}

export function keyProblem(key: string): string | null {
  if (FORBIDDEN_KEYS.has(key)) return 'this key is not allowed';
  if (key.length > MAX_KEY_CHARS) return `keys are at most ${MAX_KEY_CHARS} characters`;
  return stringProblem(key, MAX_KEY_CHARS);
}

/** A record's fields (an object of field → value): the object itself is not counted as a level. */
export function fieldsBoundsProblem(fields: unknown, opts: ValueBoundsOptions = {}): string | null {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return 'fields must be an object';
  const maxDepth = opts.maxDepth ?? MAX_VALUE_DEPTH;
  for (const key of Object.keys(fields)) {
    const k = keyProblem(key);
    if (k) return `field name ${JSON.stringify(key)}: ${k}`;
    const p = valueBoundsProblem((fields as Record<string, unknown>)[key], { ...opts, maxDepth }, key, 0);
    if (p) return p;
  }
  return null;
}
