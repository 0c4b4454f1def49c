/** An instant as the bureau reads it: Beijing time (UTC+8, no daylight saving), "2026-10-18 20:00". */
export function beijingTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
