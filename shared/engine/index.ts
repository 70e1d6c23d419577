export { detect, prepareEngine } from "./detect.ts";
export { createIncrementalDetector, type IncrementalDetector } from "./incremental.ts";
export { passesElfproef } from "./bsn/elfproef.ts";
export { CATEGORIES, FORM_KINDS } from "./types.ts";
export type { Category, Confidence, DetectOptions, FieldContext, Finding, FormKind, Span } from "./types.ts";
export { formKindIn } from "./form-kind.ts";
