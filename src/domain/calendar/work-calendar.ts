/**
 * The time a service counts: business hours of an organisation, or every minute (24x7).
 * Both implementations share this interface so that SLA code never branches on the kind.
 * All durations are in minutes (fractions allowed, precision 1 ms).
 */
export interface WorkCalendar {
  /** Length of one business day in minutes (1440 for a 24x7 calendar); the unit of "d" in SLA targets. */
  readonly businessDayMinutes: number;

  /** Whether `at` lies within business time (opening inclusive, closing exclusive). */
  isOpen(at: Date): boolean;

  /** `at` itself when open, otherwise the next opening. */
  nextOpen(at: Date): Date;

  /**
   * The earliest instant by which `minutes` business minutes have passed since `start`.
   * Counting begins at `nextOpen(start)`; a result landing exactly on a closing time stays
   * there (15:30, not the next morning). With 0 minutes the result is `nextOpen(start)`.
   * @throws RangeError for negative or non-finite minutes.
   */
  addBusinessMinutes(start: Date, minutes: number): Date;

  /** Business minutes from `a` to `b`; negative when `b` is before `a`. */
  businessMinutesBetween(a: Date, b: Date): number;
}
