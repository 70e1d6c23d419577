import { z } from "zod";
import { FORMAT_KEY } from "../../../shared/schema/formats.ts";

// Walks a zod schema together with the value it parsed and yields every string in it, with the name of
// the string's shape when the schema gives one (shared/schema/formats.ts, or zod's own uuid and
// date-time formats). Strings without a shape are free text. The fuzz test walks the same way, so a
// field added to a schema is both guarded and tested without anyone listing it.

export type PathPart = string | number;

export interface StringLeaf {
  path: PathPart[];
  value: string;
  /** The shape's name; undefined for free text. */
  format: string | undefined;
}

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const rawDefOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that hold one schema and add no strings of their own: both walkers look through them. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch"]);

/** The schema's def with wrappers and pipes looked through, and the schema it belongs to (for its format). */
function unwrapped(schema: z.ZodType): { schema: z.ZodType; def: Def } {
  for (;;) {
    const def = rawDefOf(schema);
    if (WRAPPERS.has(def.type)) schema = def.innerType!;
    else if (def.type === "pipe") schema = def.in!;
    else return { schema, def };
  }
}

function formatOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
  return typeof meta?.[FORMAT_KEY] === "string" ? (meta[FORMAT_KEY] as string) : undefined;
}

export function stringLeaves(outer: z.ZodType, value: unknown, path: PathPart[] = [], out: StringLeaf[] = []): StringLeaf[] {
  const { schema, def } = unwrapped(outer);
  switch (def.type) {
    case "string":
      if (typeof value === "string") out.push({ path, value, format: formatOf(outer) ?? formatOf(schema) ?? def.format });
      break;
    case "object":
      if (value && typeof value === "object") {
        for (const [key, child] of Object.entries(def.shape!)) {
          if (key in value) stringLeaves(child, (value as Record<string, unknown>)[key], [...path, key], out);
        }
      }
      break;
    case "array":
      if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(def.element!, v, [...path, i], out));
      break;
    case "record":
      if (value && typeof value === "object") {
        for (const [key, v] of Object.entries(value)) {
          out.push({ path: [...path, key], value: key, format: "record-key" });
          stringLeaves(def.valueType!, v, [...path, key], out);
        }
      }
      break;
    case "union": {
      const option = def.options!.find((o) => o.safeParse(value).success);
      if (option) stringLeaves(option, value, path, out);
      break;
    }
    case "intersection":
      stringLeaves(def.left!, value, path, out);
      stringLeaves(def.right!, value, path, out);
      break;
    default:
      // numbers, booleans, enums and literals cannot carry text of their own
      break;
  }
  return out;
}

export interface StringField {
  path: PathPart[];
  format: string | undefined;
}

/**
 * Every place a string can sit in a schema (array elements as index 0), for tests that must cover
 * every field without listing them. With an `example`, a union follows the option the example's
 * value matches (a decision to approve has other fields than one to deny).
 */
export function stringFields(outer: z.ZodType, example?: unknown, path: PathPart[] = [], out: StringField[] = []): StringField[] {
  const { schema, def } = unwrapped(outer);
  const at = (key: PathPart) => (example && typeof example === "object" ? (example as Record<PathPart, unknown>)[key] : undefined);
  switch (def.type) {
    case "string":
      if (!out.some((f) => JSON.stringify(f.path) === JSON.stringify(path))) out.push({ path, format: formatOf(outer) ?? formatOf(schema) ?? def.format });
      break;
    case "object":
      for (const [key, child] of Object.entries(def.shape!)) stringFields(child, at(key), [...path, key], out);
      break;
    case "array":
      stringFields(def.element!, at(0), [...path, 0], out);
      break;
    case "record":
      stringFields(def.valueType!, undefined, [...path, "*"], out);
      break;
    case "union": {
      const matching = example === undefined ? [] : def.options!.filter((o) => o.safeParse(example).success);
      for (const o of matching.length ? matching : def.options!) stringFields(o, example, path, out);
      break;
    }
    case "intersection":
      stringFields(def.left!, example, path, out);
      stringFields(def.right!, example, path, out);
      break;
    default:
      break;
  }
  return out;
}
