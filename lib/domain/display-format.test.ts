import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeOfDay, groupDigits } from './display-format';

// The formats must read exactly as the en-US formats the portal showed before (Intl's), which
// Node carries whole: each is checked against it. ICU writes a narrow no-break space before AM/PM
// where browsers write a plain one.
const intl = (date: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', options).format(date).replace(/\u202f/g, ' ');
const TO_THE_SECOND: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' };
const TO_THE_MINUTE: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
// Years the portal can show: from the Unix epoch to the end of the century.
const moments = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1024, '1,024'],
    [-1234567, '-1,234,567'],
    [100000, '100,000'],
    [2.5, '3'],
    [-0.2, '0'],
  ])('%d → %s', (value, text) => {
    expect(groupDigits(value)).toBe(text);
  });

  it('writes every whole number as en-US does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(groupDigits(value)).toBe(value.toLocaleString('en-US'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2026-11-30T23:58:40Z', '11/30/2026, 11:58:40 PM'],
    ['2026-01-02T00:05:09Z', '1/2/2026, 12:05:09 AM'],
    ['2026-07-04T12:00:00Z', '7/4/2026, 12:00:00 PM'],
  ])('%s on the UTC clock → %s', (iso, text) => {
    expect(formatDateTime(new Date(iso), 'utc')).toBe(text);
  });

  it('reads as en-US does on the UTC clock', () => {
    fc.assert(
      fc.property(moments, (date) => {
        expect(formatDateTime(date, 'utc')).toBe(intl(date, { ...TO_THE_SECOND, timeZone: 'UTC' }));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads as en-US does on the machine's own clock", () => {
    fc.assert(
      fc.property(moments, (date) => {
        expect(formatDateTime(date, 'local')).toBe(intl(date, TO_THE_SECOND));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatTimeOfDay', () => {
  it.each([
    ['2026-11-30T15:04:00Z', '3:04 PM'],
    ['2026-11-30T00:30:59Z', '12:30 AM'],
  ])('%s on the UTC clock → %s', (iso, text) => {
    expect(formatTimeOfDay(new Date(iso), 'utc')).toBe(text);
  });

  it('reads as en-US does on either clock', () => {
    fc.assert(
      fc.property(moments, (date) => {
        expect(formatTimeOfDay(date, 'utc')).toBe(intl(date, { ...TO_THE_MINUTE, timeZone: 'UTC' }));
        expect(formatTimeOfDay(date, 'local')).toBe(intl(date, TO_THE_MINUTE));
      }),
      { numRuns: 2000 },
    );
  });
});
