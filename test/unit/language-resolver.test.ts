import { describe, expect, it } from 'vitest';
import { LanguageResolver } from '../../src/bot/language-resolver.js';
import type { UserPrefsRepository } from '../../src/store/user-prefs-repository.js';
import { detectLanguage } from '../../src/triage/language-detector.js';

function resolver() {
  const prefs = new Map<string, 'cs' | 'en'>();
  const repo = {
    get: (id: string) => (prefs.has(id) ? { language: prefs.get(id)! } : undefined),
    setLanguage: (id: string, lang: 'cs' | 'en') => void prefs.set(id, lang),
  } as unknown as UserPrefsRepository;
  return { languages: new LanguageResolver(repo, detectLanguage), prefs };
}

describe('LanguageResolver', () => {
  it('defaults to Czech and follows a sentence in English', async () => {
    const { languages } = resolver();
    expect(await languages.resolve('u', 'ok')).toBe('cs');
    expect(await languages.resolve('u', 'My printer in the office does not work')).toBe('en');
    expect(await languages.resolve('u', 'ok')).toBe('en');
    expect(await languages.resolve('u', 'Nefunguje mi tiskárna v kanceláři')).toBe('cs');
  });

  it('does not take a ticket id or the word "ticket" for English', async () => {
    const { languages, prefs } = resolver();
    expect(await languages.resolve('u', 'ticket HD-2026-00001')).toBe('cs');
    expect(await languages.resolve('u', 'HD-2026-00001')).toBe('cs');
    expect(prefs.get('u')).toBeUndefined();
  });

  it('keeps a remembered language for short answers and switches on request', async () => {
    const { languages } = resolver();
    languages.set('u', 'en');
    expect(await languages.resolve('u', 'ano')).toBe('en');
    expect(languages.current('u')).toBe('en');
  });
});
