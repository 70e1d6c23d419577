// ISO weeks in Europe/Amsterdam time. The weekly report counts what happened between Monday 00:00 and
// the next Monday 00:00 on Dutch clocks, whatever the UTC offset (+01:00 in winter, +02:00 in summer).

const AMSTERDAM = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The Amsterdam wall-clock date of an instant, as a UTC-midnight Date (for calendar arithmetic). */
function amsterdamDate(instant: Date): Date {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(instant).map((x) => [x.type, x.value]));
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)));
}

/** Offset of Amsterdam from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date): number {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(instant).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO week ("2026-W47") an instant falls in, on Amsterdam clocks. */
export function isoWeek(instant: Date | string): string {
  const day = amsterdamDate(typeof instant === "string" ? new Date(instant) : instant);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  // The ISO year is the year of the week's Thursday; week 1 holds the year's first Thursday.
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${pad(week)}`;
}

export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Monday 00:00 Amsterdam of an ISO week, and of the week after, as UTC instants. */
export function weekRange(week: string): { start: Date; end: Date } {
  const m = WEEK_PATTERN.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (n - 1) * 7 * 86_400_000);
  const toInstant = (localMidnight: Date) => {
    // Local midnight = UTC midnight minus the offset in force then (never a DST switch at midnight).
    const guess = new Date(localMidnight.getTime() - 60 * 60_000);
    return new Date(localMidnight.getTime() - offsetMinutes(guess) * 60_000);
  };
  const start = toInstant(monday);
  const end = toInstant(new Date(monday.getTime() + 7 * 86_400_000));
  if (isoWeek(start) !== week) throw new RangeError(`no such ISO week: ${week}`);
  return { start, end };
}

/** The week before a given week. */
export function previousWeek(week: string): string {
  const { start } = weekRange(week);
  return isoWeek(new Date(start.getTime() - 3 * 86_400_000));
}

/** The weeks from `count - 1` weeks before `week` up to `week`, oldest first. */
export function lastWeeks(week: string, count: number): string[] {
  const out = [week];
  while (out.length < count) out.unshift(previousWeek(out[0]!));
  return out;
}
