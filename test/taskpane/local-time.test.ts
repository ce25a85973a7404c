import { localStamp } from '../../src/taskpane/model/local-time';

describe('localStamp', () => {
  const at = new Date('2026-12-02T06:30:05Z');

  test('Beijing time (UTC+08:00): the clock the accountant reads', () => {
    expect(localStamp(at, 480)).toBe('2026-12-02 14:30:05（UTC+08:00）');
    // Past midnight in Beijing while still the day before in UTC.
    expect(localStamp(new Date('2026-12-31T16:00:00Z'), 480)).toBe('2027-01-01 00:00:00（UTC+08:00）');
  });

  test('zones behind UTC and with half hours', () => {
    expect(localStamp(at, -210)).toBe('2026-12-02 03:00:05（UTC-03:30）');
    expect(localStamp(at, 0)).toBe('2026-12-02 06:30:05（UTC+00:00）');
  });

  test("by default, this computer's zone", () => {
    expect(localStamp(at)).toBe(localStamp(at, -at.getTimezoneOffset()));
    const p = (n: number) => String(n).padStart(2, '0');
    expect(localStamp(at).slice(0, 16)).toBe(
      `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}`,
    );
  });
});
