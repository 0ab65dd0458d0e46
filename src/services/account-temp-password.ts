import { randomInt } from 'node:crypto';

/** A uniform integer in [0, maxExclusive): crypto.randomInt in production. */
export type RandomIntSource = (maxExclusive: number) => number;

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%+=?';
const CLASSES = [LOWER, UPPER, DIGITS, SYMBOLS] as const;
const ALL = CLASSES.join('');

/**
 * Temporary passwords: cryptographically random, 16 characters, at least one of each of the four
 * character classes (Entra needs 8–256 characters and 3 of 4 classes), without look-alike characters.
 */
export class TempPasswordGenerator {
  constructor(private readonly random: RandomIntSource = randomInt, private readonly length = 16) {
    if (length < 8 || length > 256) throw new Error('TempPasswordGenerator: length must be 8–256');
  }

  generate(): string {
    const chars = CLASSES.map((set) => this.pick(set));
    while (chars.length < this.length) chars.push(this.pick(ALL));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = this.random(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    return chars.join('');
  }

  private pick(set: string): string {
    return set[this.random(set.length)]!;
  }
}
