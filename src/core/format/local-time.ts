/**
 * A moment as the user's clock shows it, with its zone, for what people read (report stamps): "2026-12-02
 * 14:30:05（UTC+08:00）". Stored records keep ISO UTC; only display uses this. `offsetMinutes` east of UTC defaults
 * to the zone of this computer at that moment.
 */
export function localStamp(at: Date, offsetMinutes = -at.getTimezoneOffset()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const abs = Math.abs(offsetMinutes);
  const zone = `UTC${offsetMinutes < 0 ? '-' : '+'}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
  const date = `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())}`;
  const time = `${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}`;
  return `${date} ${time}（${zone}）`;
}
