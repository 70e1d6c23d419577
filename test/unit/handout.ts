// The team's handout folder beside the repo (../shared): present in CI, absent on a user's machine.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const HANDOUT = resolve(import.meta.dirname, "../../../shared");

export function handoutFile(relative: string): string | undefined {
  const path = resolve(HANDOUT, relative);
  if (existsSync(path)) return path;
  console.warn(`skipped: ${path} is absent (../shared exists in CI, not on a user's machine)`);
  return undefined;
}
