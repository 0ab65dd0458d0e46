import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_DIR, buildPackage, packageWarnings, renderManifest, resolveSettings,
  validateIcons, validateLocalization, validateManifest, type TeamsManifest,
} from '../../deploy/package.js';
import { renderColorIcon, renderOutlineIcon } from '../../deploy/make-icons.js';
import { decodePng, encodePng, readPngHeader } from '../../deploy/lib/png-codec.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const TEAMS_APP_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';
const template = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.template.json'), 'utf8')) as unknown;
const english = JSON.parse(readFileSync(join(MANIFEST_DIR, 'en.json'), 'utf8')) as Record<string, string>;
const values = { appId: APP_ID, version: '1.2.3', domain: 'helpdesk-oit.azurewebsites.net' };

function rendered(): Record<string, unknown> {
  return renderManifest(template, values);
}

function validManifest(): TeamsManifest {
  const result = validateManifest(rendered());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('renderManifest', () => {
  it('fills the bot id, the SSO resource, the version and the domain', () => {
    const m = validManifest();
    expect(m.id).toBe(APP_ID);
    expect(m.bots[0]?.botId).toBe(APP_ID);
    expect(m.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://botid-${APP_ID}` });
    expect(m.version).toBe('1.2.3');
    expect(m.validDomains).toEqual(['helpdesk-oit.azurewebsites.net']);
    expect(JSON.stringify(m)).not.toMatch(/\{\{/);
  });

  it('uses a separate Teams app id when given, and takes the host out of a URL', () => {
    const m = renderManifest(template, { ...values, teamsAppId: TEAMS_APP_ID, domain: 'https://Bot.Example.cz/api/messages' });
    expect(m['id']).toBe(TEAMS_APP_ID);
    expect(m['validDomains']).toEqual(['bot.example.cz']);
  });

  it('keeps a value that looks like JSON inside its string', () => {
    const m = renderManifest({ a: '{{BOT_DOMAIN}}' }, { ...values, domain: 'x"},"evil":{"' });
    expect(Object.keys(m)).toEqual(['a']);
  });

  it('refuses a template placeholder it has no value for', () => {
    expect(() => renderManifest({ x: '{{NOPE}}' }, values)).toThrow(/NOPE/);
  });

  it('declares the bot in all three scopes with Czech commands and file support (exports by the file-consent flow)', () => {
    const bot = validManifest().bots[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.supportsFiles).toBe(true);
    const personal = bot?.commandLists?.find((l) => l.scopes.includes('personal'));
    expect(personal?.commands.map((c) => c.title)).toEqual([
      'nahlásit problém', 'moje požadavky', 'reset hesla', 'kdo má pohotovost', 'fronta', 'nápověda', 'english',
    ]);
  });
});

describe('validateManifest', () => {
  it('accepts the rendered template', () => {
    expect(validateManifest(rendered())).toMatchObject({ ok: true });
  });

  it('rejects a missing id', () => {
    const { id: _dropped, ...rest } = rendered();
    const result = validateManifest(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/^id: /m);
  });

  it('rejects a bot id that is not a GUID, and the all-zero placeholder', () => {
    for (const bad of ['not-a-guid', '00000000-0000-0000-0000-000000000000']) {
      const result = validateManifest(renderManifest(template, { ...values, appId: bad }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join('\n')).toMatch(/bots\.0\.botId/);
    }
  });

  it('rejects a short name over 30 characters', () => {
    const m = rendered();
    const result = validateManifest({ ...m, name: { short: 'Helpdesk odboru informatiky kraje', full: 'x' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/name\.short/);
  });

  it('rejects more than 10 commands in a list, a long title and a long description', () => {
    const m = rendered() as { bots: { commandLists: { commands: unknown[] }[] }[] };
    const bot = m.bots[0]!;
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `c${i}`, description: 'd' }));
    const tooMany = validateManifest({ ...m, bots: [{ ...bot, commandLists: [{ scopes: ['personal'], commands: eleven }] }] });
    expect(tooMany.ok).toBe(false);
    const long = [{ title: 'x'.repeat(33), description: 'y'.repeat(129) }];
    const tooLong = validateManifest({ ...m, bots: [{ ...bot, commandLists: [{ scopes: ['personal'], commands: long }] }] });
    expect(tooLong.ok ? [] : tooLong.errors).toHaveLength(2);
  });

  it('rejects a domain given with a scheme, and a pre-release version', () => {
    const m = rendered();
    expect(validateManifest({ ...m, validDomains: ['https://x.cz'] }).ok).toBe(false);
    expect(validateManifest({ ...m, version: '1.0.0-beta.1' }).ok).toBe(false);
  });
});

describe('validateLocalization (en.json)', () => {
  it('translates every command of the manifest within the limits', () => {
    expect(validateLocalization(english, validManifest())).toMatchObject({ ok: true });
    expect(english['bots[0].commandLists[0].commands[6].title']).toBe('česky');
  });

  it('reports a key for a command that does not exist and a missing translation', () => {
    const { ['bots[0].commandLists[2].commands[3].title']: _gone, ...rest } = english;
    const result = validateLocalization({ ...rest, 'bots[0].commandLists[0].commands[9].title': 'ghost' }, validManifest());
    expect(result.ok ? [] : result.errors).toEqual([
      'bots[0].commandLists[0].commands[9].title: no such command in the manifest',
      'bots[0].commandLists[2].commands[3].title: missing translation',
    ]);
  });
});

describe('icons', () => {
  const color = readFileSync(join(MANIFEST_DIR, 'color.png'));
  const outline = readFileSync(join(MANIFEST_DIR, 'outline.png'));

  it('are 192×192 and 32×32 PNGs, the outline white on transparent', () => {
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32 });
    expect(validateIcons({ color, outline })).toMatchObject({ ok: true });
  });

  it('are what make-icons generates from the template accent colour (committed files are current)', () => {
    const accent = (template as { accentColor: string }).accentColor;
    const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
    expect(same(decodePng(color).pixels, renderColorIcon(accent).pixels)).toBe(true);
    expect(same(decodePng(outline).pixels, renderOutlineIcon().pixels)).toBe(true);
    expect(Array.from(decodePng(color).pixels.subarray(0, 3))).toEqual([0x1e, 0x5a, 0xa8]);
  });

  it('rejects swapped icons and an outline that is not white', () => {
    const swapped = validateIcons({ color: outline, outline: color });
    expect(swapped.ok ? [] : swapped.errors).toEqual(expect.arrayContaining([
      'color icon is 32×32, Teams requires 192×192',
      'outline icon is 192×192, Teams requires 32×32',
    ]));
    const red = new Uint8Array(32 * 32 * 4).map((_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 0));
    const notWhite = validateIcons({ color, outline: encodePng({ width: 32, height: 32, pixels: red }) });
    expect(notWhite.ok ? [] : notWhite.errors).toContain('outline icon must be white (#FFFFFF) on a transparent background');
  });
});

describe('packaging', () => {
  const dir = mkdtempSync(join(tmpdir(), 'helpdesk-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes --app-id over the environment, and the environment over nothing', () => {
    const env = { MICROSOFT_APP_ID: TEAMS_APP_ID, BOT_DOMAIN: 'bot.example.cz' };
    const fromArgs = resolveSettings(['--app-id', APP_ID], env, '1.0.0');
    expect(fromArgs.ok && fromArgs.value.values).toMatchObject({ appId: APP_ID, domain: 'bot.example.cz', version: '1.0.0' });
    const fromEnv = resolveSettings([], { MicrosoftAppId: APP_ID, BOT_DOMAIN: 'bot.example.cz' }, '1.0.0');
    expect(fromEnv.ok && fromEnv.value.values.appId).toBe(APP_ID);
  });

  it('refuses a missing or malformed bot id with a clear message', () => {
    const missing = resolveSettings(['--domain', 'bot.example.cz'], {}, '1.0.0');
    expect(missing.ok ? [] : missing.errors[0]).toMatch(/app id is missing/);
    const malformed = resolveSettings(['--domain', 'bot.example.cz'], { MICROSOFT_APP_ID: '12345' }, '1.0.0');
    expect(malformed.ok ? [] : malformed.errors[0]).toMatch(/"12345" is not a GUID/);
  });

  it('writes a zip with manifest.json, en.json and both icons at the root', () => {
    const outFile = join(dir, 'app.zip');
    const result = buildPackage(MANIFEST_DIR, { values, outFile });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const zip = new AdmZip(outFile);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as { bots: { botId: string }[] };
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(zip.readFile('outline.png')).toEqual(readFileSync(join(MANIFEST_DIR, 'outline.png')));
    expect(packageWarnings(result.value.manifest)).toHaveLength(1);
  });

  it('writes nothing when the manifest is invalid', () => {
    const outFile = join(dir, 'bad.zip');
    const result = buildPackage(MANIFEST_DIR, { values: { ...values, appId: 'nope' }, outFile });
    expect(result.ok).toBe(false);
    expect(() => readFileSync(outFile)).toThrow(/ENOENT/);
  });
});
