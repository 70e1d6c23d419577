import { expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// The assertions the lexicon class tests share: what a text gets underlined for a category, and one test
// per sentence that it must or must not be.

/** The underlined substrings of `text` for `category`. */
export const found = (text: string, category: Category) => detect(text).filter((f) => f.category === category).map((f) => text.slice(f.start, f.end));

/** One test per text: each gets a finding of `category`. */
export const flags = (category: Category, texts: string[]) => it.each(texts)(`${category}: %s`, (text) => expect(found(text, category)).not.toEqual([]));

/** One test per text: none gets a finding of `category` (the trap beside a class). */
export const silent = (category: Category, texts: string[]) => it.each(texts)(`no ${category} finding: %s`, (text) => expect(found(text, category)).toEqual([]));
