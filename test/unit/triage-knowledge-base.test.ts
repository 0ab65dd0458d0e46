import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_RELEVANCE_THRESHOLD, KnowledgeBase, parseArticle } from '../../src/triage/knowledge-base.js';
import { triageDataPath } from '../../src/triage/project-paths.js';
import { knowledgePort } from '../../src/triage/triage-ports.js';

const kb = KnowledgeBase.load(triageDataPath('knowledge-base'));

describe('KnowledgeBase', () => {
  it('ships at least 15 articles in both languages', () => {
    expect(kb.articles.length).toBeGreaterThanOrEqual(15);
    expect(new Set(kb.articles.map((a) => a.language))).toEqual(new Set(['cs', 'en']));
  });

  it.each([
    ['nejde mi vpn z domu', 'cs', 'cs-vpn-z-domova'],
    ['došel toner v tiskárně', 'cs', 'cs-vymena-toneru'],
    ['outlook se pořád ptá na heslo', 'cs', 'cs-outlook-chce-heslo'],
    ['jak si zmenim heslo', 'cs', 'cs-pravidla-hesla'],
    ['potřebuju wifi pro návštěvu', 'cs', 'cs-wifi-pro-hosty'],
    ['my mailbox is full', 'en', 'en-mailbox-full'],
    ['how do I connect to vpn from home', 'en', 'en-vpn-from-home'],
    ['got a new phone, authenticator', 'en', 'en-authenticator-new-phone'],
  ] as const)('"%s" finds %s above the threshold', (text, language, id) => {
    const [best, second] = kb.search(text, language);
    expect(best?.article.id).toBe(id);
    expect(best?.score).toBeGreaterThanOrEqual(KB_RELEVANCE_THRESHOLD);
    expect(second?.score ?? 0).toBeLessThan(KB_RELEVANCE_THRESHOLD);
  });

  it('offers nothing relevant for unrelated text', () => {
    for (const text of ['monitor nefunguje', 'nejde mi to', 'kdo má pohotovost']) {
      expect(kb.search(text, 'cs').every((h) => h.score < KB_RELEVANCE_THRESHOLD)).toBe(true);
    }
    expect(kb.search('', 'cs')).toEqual([]);
  });

  it('offers an article only for the request\'s category', () => {
    const port = knowledgePort(kb);
    expect(port.bestMatch('potřebuji přístup do sdílené složky', 'cs', 'access')?.id).toBe('cs-pristup-do-slozky');
    // an application error mentioning permissions: the words match the folder article, the area does not
    const text = 'Nejde mi spisová služba, hlásí chybu oprávnění';
    const [wordsOnly] = kb.search(text, 'cs');
    expect(wordsOnly?.article.id).toBe('cs-pristup-do-slozky');
    expect(wordsOnly?.score).toBeGreaterThanOrEqual(KB_RELEVANCE_THRESHOLD);
    expect(port.bestMatch(text, 'cs', 'application')).toBeNull();
    // an article filed under two areas is offered for either
    expect(port.bestMatch('outlook se pořád ptá na heslo', 'cs', 'account')?.id).toBe('cs-outlook-chce-heslo');
    expect(port.bestMatch('outlook se pořád ptá na heslo', 'cs', 'email')?.id).toBe('cs-outlook-chce-heslo');
  });

  it('links each shipped article to the same one in the other language, both ways', () => {
    const byId = new Map(kb.articles.map((a) => [a.id, a]));
    for (const article of kb.articles) {
      const other = byId.get(article.translation ?? '');
      expect(other, article.id).toBeDefined();
      expect(other!.language).not.toBe(article.language);
      expect(other!.translation).toBe(article.id);
    }
  });

  it('gives an offered article in the language the user switched to, or as it is when it has no translation', () => {
    const port = knowledgePort(kb);
    expect(port.article('cs-zaseknuty-papir', 'en')).toMatchObject({ id: 'en-paper-jam', title: 'Paper jam in the printer' });
    expect(port.article('en-paper-jam', 'cs')).toMatchObject({ id: 'cs-zaseknuty-papir', title: 'Zaseknutý papír v tiskárně' });
    expect(port.article('cs-zaseknuty-papir', 'cs')?.id).toBe('cs-zaseknuty-papir');
    const one = KnowledgeBase.fromArticles([{ id: 'a', title: 'Skener', language: 'cs', categories: ['printer'], keywords: [], body: 'x' }]);
    expect(knowledgePort(one).article('a', 'en')?.id).toBe('a');
    expect(knowledgePort(one).article('gone', 'cs')).toBeNull();
    // named from one side only, the pair is linked both ways
    const half = KnowledgeBase.fromArticles([
      { id: 'a', title: 'Skener', language: 'cs', categories: ['printer'], keywords: [], body: 'x', translation: 'b' },
      { id: 'b', title: 'Scanner', language: 'en', categories: ['printer'], keywords: [], body: 'y' },
    ]);
    expect(knowledgePort(half).article('b', 'cs')?.id).toBe('a');
  });

  it('refuses a translation that is not an article in the other language, naming the article', () => {
    const a = { id: 'a', title: 'Skener', language: 'cs' as const, categories: ['printer' as const], keywords: [], body: 'x' };
    expect(() => KnowledgeBase.fromArticles([{ ...a, translation: 'missing' }])).toThrow(/article a: translation missing/u);
    expect(() => KnowledgeBase.fromArticles([{ ...a, translation: 'b' }, { ...a, id: 'b' }])).toThrow(/other language/u);
  });

  it('searches only the asked language', () => {
    expect(kb.search('vpn', 'en').every((h) => h.article.language === 'en')).toBe(true);
  });

  it('parses front matter and rejects incomplete articles', () => {
    const a = parseArticle('x', '---\ntitle: T\nlanguage: cs\ncategories: [printer]\nkeywords: [toner]\n---\n# Body\ntext');
    expect(a).toEqual({ id: 'x', title: 'T', language: 'cs', categories: ['printer'], keywords: ['toner'], body: '# Body\ntext' });
    expect(parseArticle('t', '---\ntitle: T\nlanguage: en\ntranslation: x\ncategories: [printer]\n---\nB').translation).toBe('x');
    expect(() => parseArticle('y', '# no front matter')).toThrow(/front matter/);
    expect(() => parseArticle('z', '---\ntitle: T\nlanguage: de\ncategories: [printer]\n---\n')).toThrow(/language/);
  });

  it('loads a directory of articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: Skener\nlanguage: cs\ncategories: [printer]\nkeywords: [skener]\n---\nSkenování do složky.');
    expect(KnowledgeBase.load(dir).search('skener nejde', 'cs')[0]?.article.id).toBe('a');
  });
});
