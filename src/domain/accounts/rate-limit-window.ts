export const DAY_MS = 24 * 60 * 60 * 1000;

/** Instants (ISO strings) still inside the window that ends at `now`. */
export function withinWindow(instants: readonly string[], now: Date, windowMs = DAY_MS): string[] {
  const from = now.getTime() - windowMs;
  return instants.filter((at) => {
    const t = Date.parse(at);
    return t > from && t <= now.getTime();
  });
}

/** True when one more event would exceed `limit` events in the window. */
export function overLimit(instants: readonly string[], now: Date, limit: number, windowMs = DAY_MS): boolean {
  return withinWindow(instants, now, windowMs).length >= limit;
}
