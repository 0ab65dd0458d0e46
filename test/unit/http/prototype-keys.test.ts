/** Strings from users and card payloads never find Object.prototype's members in a lookup table (issue #22). */
import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../../src/bot/command-recognizer.js';
import { nextTierOf } from '../../../src/services/ticket-people.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('lookups keyed by what a user typed or a payload carried', () => {
  it('"constructor", "__proto__"… typed alone are not a language switch', () => {
    for (const text of PROTOTYPE_NAMES) expect(recogniseCommand(text), text).toBeNull();
    expect(recogniseCommand('english')).toEqual({ kind: 'language', lang: 'en' });
  });

  it('the next tier of a team is only what the config says', () => {
    const config = { escalation: { nextTier: { 'service-desk': 'network' } } } as unknown as Parameters<typeof nextTierOf>[0];
    expect(nextTierOf(config, 'service-desk')).toBe('network');
    for (const team of [...PROTOTYPE_NAMES, 'network', null]) expect(nextTierOf(config, team), String(team)).toBeNull();
  });
});
