import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a statement's JSON as it is stored: the builder writes its keys in a fixed
 * order and JSON keeps it, so the stored statement hashes the same after any restart (sorting the
 * keys of every object instead cost 10× more for a statement of 10,000 lines).
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');
}

/**
 * What a draft is made of, cheaply: its task lines (id and the time OIT accepted each), its
 * corrections and totals. An approval names the fingerprint of the draft it was shown, so a draft
 * that changed in between (a task accepted, a correction added) is not approved unseen.
 */
export function draftFingerprint(content: { lines: readonly { taskId: string; approvedAt: string }[]; corrections: readonly { id: string }[]; totals: object }): string {
  const parts: string[] = [];
  for (const l of content.lines) parts.push(l.taskId, l.approvedAt);
  for (const c of content.corrections) parts.push(c.id);
  parts.push(JSON.stringify(content.totals));
  return createHash('sha256').update(parts.join(';')).digest('hex');
}
