// How the portal writes numbers and times, as the Azure portal does in en-US ("1,024",
// "11/30/2026, 11:58:40 PM"), built from plain arithmetic and Date's own fields. The browser's
// first use of Intl loads its locale data on the page's only thread, a cost paid on every first
// visit (docs/first-paint.md): what the grids show while the page is taken over must not pay it.

/** A whole number grouped by thousands: 1024 -> "1,024"; a fraction is rounded to the nearest whole. */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const whole = Math.round(Math.abs(value));
  const digits = BigInt(whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && whole !== 0 ? `-${digits}` : digits;
}

/** Whose clock a time is read on: the operator's (the browser's zone) or UTC (what the server knows). */
export type Clock = 'local' | 'utc';

interface ClockFields {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

function fieldsOf(date: Date, clock: Clock): ClockFields {
  return clock === 'utc'
    ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hours: date.getUTCHours(), minutes: date.getUTCMinutes(), seconds: date.getUTCSeconds() }
    : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hours: date.getHours(), minutes: date.getMinutes(), seconds: date.getSeconds() };
}

const twoDigits = (value: number) => String(value).padStart(2, '0');
const hourOfTwelve = (hours: number) => (hours % 12 === 0 ? 12 : hours % 12);
const meridiem = (hours: number) => (hours < 12 ? 'AM' : 'PM');

/** A moment to the second: "11/30/2026, 11:58:40 PM". */
export function formatDateTime(date: Date, clock: Clock): string {
  const { year, month, day, hours, minutes, seconds } = fieldsOf(date, clock);
  return `${month}/${day}/${year}, ${hourOfTwelve(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)} ${meridiem(hours)}`;
}

/** The time of day to the minute: "3:04 PM". */
export function formatTimeOfDay(date: Date, clock: Clock): string {
  const { hours, minutes } = fieldsOf(date, clock);
  return `${hourOfTwelve(hours)}:${twoDigits(minutes)} ${meridiem(hours)}`;
}
