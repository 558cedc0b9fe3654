/**
 * A small runtime schema for messages: each message is declared once as a schema, and its TypeScript
 * type is derived from it (`Infer<typeof schema>`), so the validator and the type cannot drift apart.
 * Deliberately tiny (the content script ships it on every page): strings, integers, booleans, fixed
 * sets of strings, optional/nullable, objects that keep only their declared fields, and arrays.
 */

/** Checks an unknown value: the value as the type (possibly trimmed), or `INVALID`. */
export interface Schema<T> {
  check(v: unknown): T | typeof INVALID;
}

/** What a schema returns for a value it rejects (undefined can be a valid optional value). */
export const INVALID: unique symbol = Symbol('invalid');

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/**
 * A string of at most `max` UTF-16 units. `over: 'truncate'` cuts a longer one instead of rejecting
 * it: page metadata (og:title, author) is capped, never allowed to sink the message it rides in.
 */
export function str(max: number, over: 'reject' | 'truncate' = 'reject'): Schema<string> {
  return {
    check(v) {
      if (typeof v !== 'string') return INVALID;
      if (v.length <= max) return v;
      return over === 'truncate' ? v.slice(0, max) : INVALID;
    },
  };
}

/** An integer in [min, max]. */
export function int(min: number, max = Number.MAX_SAFE_INTEGER): Schema<number> {
  return {
    check: (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : INVALID),
  };
}

/** A boolean. */
export const bool: Schema<boolean> = { check: (v) => (typeof v === 'boolean' ? v : INVALID) };

/** One of a fixed set of strings. */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return { check: (v) => (values.includes(v as T[number]) ? (v as T[number]) : INVALID) };
}

/** `inner` or absent (undefined). */
export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return { check: (v) => (v === undefined ? undefined : inner.check(v)) };
}

/** `inner`, null, or absent (both read as null). */
export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return { check: (v) => (v === undefined || v === null ? null : inner.check(v)) };
}

/** An array of at most `max` items, each checked by `inner` (one bad item rejects the array: items are matched by index). */
export function array<T>(inner: Schema<T>, max: number): Schema<T[]> {
  return {
    check(v) {
      if (!Array.isArray(v) || v.length > max) return INVALID;
      const out: T[] = [];
      for (const item of v) {
        const r = inner.check(item);
        if (r === INVALID) return INVALID;
        out.push(r);
      }
      return out;
    },
  };
}

/** The object type of a map of field schemas. */
export type Fields = Record<string, Schema<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends Infer<F[K]> ? K : never }[keyof F];
/** Fields whose schema accepts undefined are optional properties. */
export type InferFields<F extends Fields> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> }
>;
type Simplify<T> = { [K in keyof T]: T[K] };

/** An object with these fields; anything else on it is dropped (nothing unchecked passes through). */
export function object<F extends Fields>(fields: F): Schema<InferFields<F>> & { fields: F } {
  return {
    fields,
    check(v) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(fields)) {
        const r = s.check((v as Record<string, unknown>)[k]);
        if (r === INVALID) return INVALID;
        if (r !== undefined) out[k] = r;
      }
      return out as InferFields<F>;
    },
  };
}

/** One message type per key, each with its payload's fields. */
export type MessageTable = Record<string, Schema<object>>;

/** The union of `{ type: K } & payload` over a table of messages. */
export type MessageOf<T extends MessageTable> = { [K in keyof T & string]: { type: K } & Infer<T[K]> }[keyof T &
  string];

/** Validates `v` against the message of its `type` in `table`: the checked message, or null. */
export function parseMessage<T extends MessageTable>(table: T, v: unknown): MessageOf<T> | null {
  if (typeof v !== 'object' || v === null) return null;
  const type = (v as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(table, type)) return null;
  const body = (table[type] as Schema<object>).check(v);
  return body === INVALID ? null : ({ ...body, type } as MessageOf<T>);
}
