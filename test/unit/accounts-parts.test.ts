import { describe, expect, it } from 'vitest';
import { TempPasswordGenerator } from '../../src/services/account-temp-password.js';
import { isComplexPassword } from '../../src/graph/sandbox/password-policy.js';
import { deletableMethods } from '../../src/graph/graph-auth-method-plan.js';
import { overLimit, withinWindow } from '../../src/domain/accounts/rate-limit-window.js';
import { failureKindOf } from '../../src/services/account-operation-error.js';
import { renderTempPasswordCard } from '../../cards/account-temp-password-card.js';

describe('temporary passwords', () => {
  it('are 16 characters with all four classes, meet Entra\'s rules, and differ', () => {
    const gen = new TempPasswordGenerator();
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const p = gen.generate();
      expect(p).toHaveLength(16);
      expect(p).toMatch(/[a-z]/u);
      expect(p).toMatch(/[A-Z]/u);
      expect(p).toMatch(/[0-9]/u);
      expect(p).toMatch(/[^a-zA-Z0-9]/u);
      expect(p).not.toMatch(/[0O1lI*_`[\]()\s]/u);
      expect(isComplexPassword(p)).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(500);
  });

  it('use the injected random source (so the classes are guaranteed, not lucky)', () => {
    const zeros = new TempPasswordGenerator(() => 0, 8).generate();
    expect(isComplexPassword(zeros)).toBe(true);
    expect(zeros).toHaveLength(8);
  });

  it('appear in the card as plain text, with only the secret id on the button', () => {
    const card = JSON.stringify(renderTempPasswordCard({ secretId: 'sid', targetLabel: 'Jan (jan@x.cz)', password: 'Ab3$Ab3$Ab3$Ab3$', minutes: 10 }, 'cs'));
    expect(card).toContain('"text":"Ab3$Ab3$Ab3$Ab3$"');
    expect(card).toContain('"data":{"secretId":"sid"}');
  });
});

describe('MFA reset plan', () => {
  it('never deletes the password, deletes the alternate mobile before the mobile, counts unknown types as kept', () => {
    const plan = deletableMethods([
      { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: 'pw' },
      { '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: 'm', phoneType: 'mobile' },
      { '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', id: 'app' },
      { '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: 'alt', phoneType: 'alternateMobile' },
      { '@odata.type': '#microsoft.graph.platformCredentialAuthenticationMethod', id: 'x' },
    ]);
    expect(plan.toDelete).toEqual([
      { id: 'alt', collection: 'phoneMethods' },
      { id: 'app', collection: 'microsoftAuthenticatorMethods' },
      { id: 'm', collection: 'phoneMethods' },
    ]);
    expect(plan.notRemovable).toBe(1);
  });
});

describe('rate-limit window and failure kinds', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('counts only events in the last 24 hours', () => {
    const events = ['2026-11-25T11:59:59Z', '2026-11-25T12:00:01Z', '2026-11-26T11:00:00Z'];
    expect(withinWindow(events, now)).toHaveLength(2);
    expect(overLimit(events, now, 3)).toBe(false);
    expect(overLimit(events, now, 2)).toBe(true);
  });

  it('maps Graph answers to kinds', () => {
    expect([403, 404, 429, 500, 503, 400].map((s) => failureKindOf(s, null))).toEqual(['forbidden', 'notFound', 'throttled', 'server', 'server', 'rejected']);
    expect(failureKindOf(-1, 'TimeoutError')).toBe('timeout');
    expect(failureKindOf(504, null)).toBe('timeout');
    expect(failureKindOf(-1, 'TypeError')).toBe('network');
  });
});
