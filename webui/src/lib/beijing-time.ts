/** An instant as the bureau reads it: Beijing time (UTC+8, no daylight saving), "2026-10-18 20:00". */
export function beijingTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** The day an item was published, in Beijing time (what lists show and are sorted by); its creation date if unpublished. */
export function publishedDay(item: { publishedAt?: string; createdDate?: string }): string {
  return item.publishedAt ? beijingTime(item.publishedAt).slice(0, 10) : (item.createdDate ?? '');
}
