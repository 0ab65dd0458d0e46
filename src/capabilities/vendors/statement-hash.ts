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
 * A draft's identity, in constant time: the month and the repository's revision of the vendor's
 * and district's unbilled tasks and corrections (which changes with any of them, and on a restart),
 * with its totals. An approval names the fingerprint of the draft it was shown, so a draft that
 * changed in between (a task accepted, a correction added) is not approved unseen.
 */
export function draftFingerprint(month: string, revision: string, totals: object): string {
  return createHash('sha256').update(`${month};${revision};${JSON.stringify(totals)}`).digest('hex');
}
