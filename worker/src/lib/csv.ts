// CSV that opens safely in Excel: every cell quoted, quotes doubled, and a leading =, +, - or @
// prefixed with ' so a user-typed reason can never run as a formula.
export function csvCell(value: unknown): string {
  const s = String(value ?? "");
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
}

export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
