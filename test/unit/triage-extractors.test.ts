import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../src/triage/alias-matcher.js';
import { loadDomainConfigFile } from '../../src/triage/config-file-loader.js';
import { DetailExtractor } from '../../src/triage/detail-extractor.js';
import { detectIntent } from '../../src/triage/intent-detector.js';
import { sanitizeText } from '../../src/triage/sanitize-text.js';

const config = loadDomainConfigFile();
const details = new DetailExtractor(config.triage.assetTagPattern);

describe('DetailExtractor', () => {
  it('finds rooms after Czech and English room words', () => {
    expect(details.extract('tiskárna v kanceláři 214 nejde').rooms).toEqual(['214']);
    expect(details.extract('kanc. 3.12 a místnost č. 105').rooms).toEqual(['3.12', '105']);
    expect(details.extract('the printer in room 305').rooms).toEqual(['305']);
    expect(details.extract('ve 112 nefunguje zásuvka').rooms).toEqual(['112']);
    expect(details.extract('V zasedačce 2.14 nejde projektor').rooms).toEqual(['2.14']);
    expect(details.extract('v ucebne 12 nejede internet').rooms).toEqual(['12']);
    expect(details.extract('prosim prestehovat pocitac z kancelare 214 do 118').rooms).toEqual(['214', '118']);
  });
  it('does not take times or amounts for rooms', () => {
    expect(details.extract('v 800 hod to spadlo, stalo to 1500 kč').rooms).toEqual([]);
  });
  it('finds phone numbers and extensions', () => {
    expect(details.extract('volejte +420 777 123 456 nebo 602123456').phones).toEqual(['+420777123456', '602123456']);
    expect(details.extract('nefunguje klapka 245').phones).toEqual(['245']);
    expect(details.extract('my extension 2451 is dead').phones).toEqual(['2451']);
  });
  it('finds asset tags with the config pattern, in upper case, not as phones', () => {
    const found = details.extract('notebook sus-12345 a monitor KU00042');
    expect(found.assetTags).toEqual(['SUS-12345', 'KU00042']);
    expect(found.phones).toEqual([]);
    expect(details.extract('XX-12345').assetTags).toEqual([]);
  });
});

describe('AliasMatcher: sites, districts, applications from config', () => {
  const sites = new AliasMatcher(config.sites);
  const districts = new AliasMatcher(config.districts);
  const apps = new AliasMatcher(config.triage.applications);

  it.each(['v klatovech', 'Klatovy', 'klatovy', 'Klatovech'])('matches the district in "%s"', (text) => {
    expect(districts.match(text).map((m) => m.item.id)).toEqual(['klatovy']);
  });
  it('matches districts inflected and without diacritics', () => {
    expect(districts.match('na cestmistrovstvi v Domazlicich').map((m) => m.item.id)).toEqual(['domazlice']);
    expect(districts.match('v Rokycanech').map((m) => m.item.id)).toEqual(['rokycany']);
    expect(districts.match('Plzeň-jih').map((m) => m.item.id)).toEqual(['plzen-jih']);
  });
  it('ranks the site named in full first', () => {
    const found = sites.match('na cestmistrovstvi v klatovech nejde internet', 0.6);
    expect(found[0]).toMatchObject({ item: { id: 'sus-klatovy' }, score: 1 });
  });
  it('matches a site by a one-word alias ("Nepomuk")', () => {
    expect(sites.match('v Nepomuku nejde tisk', 1).map((m) => m.item.id)).toEqual(['sus-plzen-jih']);
  });
  it('does not match unrelated words', () => {
    expect(sites.match('tak mi nejde tisknout', 0.6)).toEqual([]);
    expect(districts.match('tak to je', 1)).toEqual([]);
  });
  it('finds applications by alias, inflected and with typos', () => {
    expect(apps.match('ve spisové službě nejde podpis').map((m) => m.item.id)).toEqual(['spisovka']);
    expect(apps.match('ve spisovce').map((m) => m.item.id)).toEqual(['spisovka']);
    expect(apps.match('v ekonomickem systemu chyba').map((m) => m.item.id)).toEqual(['ucetnictvi']);
    expect(apps.match('outlok pada').map((m) => m.item.id)).toEqual(['outlook']);
    expect(apps.match('outlkoo pada').map((m) => m.item.id)).toEqual(['outlook']); // transposed letters: the letter-count bound lets it through
    expect(districts.match('porucha v Klatvoy', 1).map((m) => m.item.id)).toEqual(['klatovy']);
    expect(districts.match('porucha v Kladno', 1)).toEqual([]); // shares too few letters with any district
    expect(apps.match('e-faktury nejdou').map((m) => m.item.id)).toEqual(['efaktury']);
  });
});

describe('detectIntent', () => {
  it.each([
    ['', 'empty'], ['   \n\t', 'empty'], ['❓', 'empty'], ['😡😡', 'empty'], ['🙂🎉', 'empty'],
    ['👍', 'thanks'], ['🙂🎉👍', 'thanks'], ['🙏', 'thanks'], ['❤️', 'thanks'],
    ['ahoj', 'greeting'], ['Dobrý den', 'greeting'], ['dobry den!', 'greeting'], ['Hi there', 'greeting'],
    ['děkuji', 'thanks'], ['diky moc', 'thanks'], ['Thank you!', 'thanks'], ['ok díky', 'thanks'],
    ['ahoj, nejde mi tiskárna', 'problem'], ['dobrý den, zapomněl jsem heslo', 'problem'],
  ])('%j → %s', (text, intent) => {
    expect(detectIntent(text)).toBe(intent);
  });
});

describe('sanitizeText', () => {
  it('strips HTML tags and scripts but keeps the text', () => {
    expect(sanitizeText('<p>Tiskárna <b>nejde</b></p><script>alert(1)</script>')).toBe('Tiskárna nejde');
  });
  it('decodes entities and neutralises leftover angle brackets', () => {
    expect(sanitizeText('a &lt;img src=x onerror=y&gt; &amp; b')).toBe('a ‹img src=x onerror=y› & b');
  });
  it('removes Markdown markup', () => {
    expect(sanitizeText('# Nadpis\n**tučně** a _kurzíva_ [odkaz](http://evil.example) `kód`\n- bod'))
      .toBe('Nadpis\ntučně a kurzíva odkaz kód\nbod');
  });
  it('caps very long input', () => {
    expect(sanitizeText('a'.repeat(300_000), 1000).length).toBeLessThanOrEqual(1000);
  });
});
