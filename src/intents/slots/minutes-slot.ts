/**
 * A duration in folded text as minutes: "30 minut", "45 min", "2 hodiny", "1,5 h", "1h30", "1 hod 20 min",
 * "90 minutes", "2 hours". Null when the text names none.
 */
export function parseMinutes(folded: string): number | null {
  const hm = /\b(\d{1,2}) ?(?:h|hod\w*|hours?) ?(\d{1,2}) ?(?:m|min\w*)?\b/u.exec(folded) ?? /\b(\d{1,2}):(\d{2}) ?(?:h|hod\w*)\b/u.exec(folded);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  const hours = /\b(\d{1,3}(?:[.,]\d{1,2})?) ?(?:h|hod|hodin\w*|hodiny|hodinu|hours?|hrs?)\b/u.exec(folded);
  if (hours) return Math.round(Number(hours[1]!.replace(',', '.')) * 60);
  if (/\bpul hodin\w*|\bhalf an hour\b/u.test(folded)) return 30;
  const minutes = /\b(\d{1,4}) ?(?:m|min|minut\w*|minutes?|mins?)\b/u.exec(folded);
  return minutes ? Number(minutes[1]) : null;
}
