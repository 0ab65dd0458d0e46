import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomainConfigFile } from '../../src/triage/config-file-loader.js';
import { TriageEngine } from '../../src/triage/triage-engine.js';

let engine: TriageEngine;
const config = loadDomainConfigFile();

beforeAll(() => {
  engine = TriageEngine.create(config);
});

describe('TriageEngine', () => {
  it('the issue\'s example: network, P1, site sus-klatovy', () => {
    const r = engine.analyze('na cestmistrovstvi v klatovech nejde internet nikomu');
    expect(r).toMatchObject({ category: 'network', priority: 'P1', language: 'cs', intent: 'problem', scopeKnown: true });
    expect(r.entities.sites[0]?.id).toBe('sus-klatovy');
    expect(r.entities.districts.map((d) => d.id)).toEqual(['klatovy']);
    expect(r.confidence).toBeGreaterThanOrEqual(config.triage.lowConfidence);
  });

  it('ranks all categories, best first, scores 0..1 summing to ~1', () => {
    const r = engine.analyze('tiskárna netiskne');
    expect(r.ranking).toHaveLength(config.categories.length);
    expect(r.ranking[0]?.category).toBe('printer');
    expect(r.ranking.every((x, i, a) => i === 0 || (a[i - 1]?.score ?? 0) >= x.score)).toBe(true);
    expect(r.ranking.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 2);
  });

  it('understands text without diacritics and English', () => {
    expect(engine.analyze('zapomnel jsem heslo do pocitace').category).toBe('account');
    expect(engine.analyze('Zapomněl jsem heslo do počítače').category).toBe('account');
    expect(engine.analyze('my outlook keeps asking for the password').category).toBe('email');
    expect(engine.analyze('we ran out of toner').category).toBe('printer');
    expect(engine.analyze('V zasedačce 2.14 nejde projektor, za hodinu máme jednání').category).toBe('hardware');
    expect(engine.analyze('the projector in meeting room 3 shows nothing').category).toBe('hardware');
  });

  it('puts details on the result', () => {
    const r = engine.analyze('V kanceláři 214 nejde notebook SUS-12345, volejte 777 123 456. Jsme v Tachově.');
    expect(r.entities).toMatchObject({ rooms: ['214'], assetTags: ['SUS-12345'], phones: ['777123456'] });
    expect(r.entities.districts.map((d) => d.id)).toContain('tachov');
    expect(engine.analyze('ve spisovce nejde vypravit dokument').entities.applications.map((a) => a.id)).toEqual(['spisovka']);
  });

  it('low confidence for vague text, so the bot asks', () => {
    expect(engine.analyze('neco divneho se deje').confidence).toBeLessThan(config.triage.lowConfidence);
    expect(engine.analyze('xyzzy qwerty').confidence).toBeLessThan(config.triage.lowConfidence);
  });

  describe('bad input', () => {
    it.each([['', 'empty'], ['   \n\t  ', 'empty'], ['🙂🙂🎉', 'empty'], ['ahoj', 'greeting'], ['dobrý den', 'greeting'],
      ['děkuji moc', 'thanks'], ['thanks!', 'thanks']])('%j → intent %s, no ticket priority', (text, intent) => {
      const r = engine.analyze(text);
      expect(r.intent).toBe(intent);
      expect(r.priority).toBe('P4');
      expect(r.confidence).toBe(0);
    });

    it('a 200 KB paste stays fast and is still triaged', () => {
      const paste = `Tiskárna v kanceláři 214 netiskne. ${'log line error 0x000F lorem ipsum '.repeat(6000)}`;
      expect(paste.length).toBeGreaterThan(200_000);
      const start = performance.now();
      const r = engine.analyze(paste);
      expect(performance.now() - start).toBeLessThan(200);
      expect(r.category).toBe('printer');
    });

    it('mixed Czech and English', () => {
      const r = engine.analyze('ahoj, outlook mi nejde, pořád píše "enter your password"');
      expect(r.language).toBe('cs');
      expect(r.category).toBe('email');
    });

    it('HTML and Markdown are read as their text', () => {
      expect(engine.analyze('<p><b>Tiskárna</b> netiskne</p><script>x()</script>').category).toBe('printer');
      expect(engine.analyze('**VPN** z domu _nejde_ [viz](http://x.example)').category).toBe('network');
    });
  });

  it('is deterministic', () => {
    const text = 'nikdo v nemocnici v Rokycanech nemá připojení k síti';
    expect(JSON.stringify(engine.analyze(text))).toBe(JSON.stringify(TriageEngine.create(config).analyze(text)));
  });
});
