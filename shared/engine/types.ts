/** The categories of DPA art. 2: the BSN plus the special categories of AVG art. 9 and criminal data of art. 10. */
export const CATEGORIES = [
  "bsn",
  "health",
  "religion",
  "ethnicity",
  "politics",
  "union",
  "genetic",
  "biometric",
  "sexual",
  "criminal",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** `low` candidates are computed but only returned when asked for (they never warn). */
export type Confidence = "high" | "medium" | "low";

export interface Finding {
  category: Category;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  confidence: Confidence;
  /** Stable id such as `bsn.keyword-bound` or `health.lexicon.epilepsie`; used in events and reports. */
  rule: string;
  /** Message key the UI turns into Dutch or English text. */
  explanation: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface FieldContext {
  label?: string;
  name?: string;
  placeholder?: string;
}

/** The kind of form a field belongs to, when the page shows it. */
export const FORM_KINDS = ["incident", "lmra", "toolbox", "observation", "comment"] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export interface DetectOptions {
  /** Categories to look for; all when omitted. */
  categories?: readonly Category[];
  /** The field's own label, name and placeholder: a field labelled "BSN" is the strongest cue there is. */
  field?: FieldContext;
  /** The form's kind: in an incident report the injured person is identifiable without being named. */
  form?: FormKind;
  /** Spans the user marked as "geen persoonsgegeven"; findings overlapping them are dropped. */
  suppressed?: readonly Span[];
  /** Also return low-confidence candidates (for audits and debugging; never for warnings). */
  includeLow?: boolean;
}
