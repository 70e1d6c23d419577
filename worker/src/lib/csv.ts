// CSV that opens safely in Excel and LibreOffice: every cell quoted, quotes doubled, and a formula
// start (=, +, -, @, tab, carriage return, or their full-width forms, which spreadsheets also read as
// formula signs) prefixed with ' — at the start of the cell and after every line break inside it,
// because some importers split a quoted cell at its line breaks.
const FORMULA_START = /(^|[\r\n])([\s\u3000]*)([=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66])/g;

export function csvCell(value: unknown): string {
  const s = String(value ?? "").replace(FORMULA_START, "$1$2'$3");
  return `"${s.replaceAll('"', '""')}"`;
}

export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
