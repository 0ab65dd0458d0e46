import type { DirectoryUser } from '../services/ports.js';
import { foldText } from './text-fold.js';

/**
 * Orders candidates for a name / UPN query, best first: exact name, name prefix, surname, given name,
 * UPN or mail prefix, then every query word starting some word of the name. Case and diacritics are ignored.
 * Candidates matching none of these are dropped.
 */
export function rankUsers(query: string, users: readonly DirectoryUser[]): DirectoryUser[] {
  const q = foldText(query.trim());
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const scored = users
    .map((user) => ({ user, score: score(user, q, words) }))
    .filter((s) => s.score < Number.POSITIVE_INFINITY);
  scored.sort((a, b) => a.score - b.score || a.user.displayName.localeCompare(b.user.displayName, 'cs'));
  return scored.map((s) => s.user);
}

function score(user: DirectoryUser, q: string, words: string[]): number {
  const name = foldText(user.displayName);
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (user.surname && foldText(user.surname).startsWith(q)) return 2;
  if (user.givenName && foldText(user.givenName).startsWith(q)) return 3;
  if (foldText(user.userPrincipalName).startsWith(q) || (user.mail && foldText(user.mail).startsWith(q))) return 4;
  const nameWords = name.split(/[^\p{L}\p{N}]+/u);
  if (words.length > 0 && words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 5;
  return Number.POSITIVE_INFINITY;
}
