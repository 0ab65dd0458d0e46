/**
 * The token check in front of the adapter, against a local OpenID metadata endpoint serving a key
 * pair made here (the SDK's setting ToBotFromChannelOpenIdMetadataUrl): a valid Bot Framework token
 * passes, anything else - and signing keys that cannot be fetched - is refused, and the reason is
 * logged (a failed key fetch as an error).
 */
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotTokenAuthenticator } from '../../../src/bot/request-authenticator.js';
import { forgedTokens } from '../../support/forged-tokens.js';
import { memoryLogger } from '../../support/silent-logger.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'not-a-real-secret';
const KID = 'local-test-key';

function keyPair(): { privateKey: KeyObject; jwk: { n: string; e: string } } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { privateKey, jwk };
}

function token(privateKey: KeyObject, claims: Record<string, unknown> = {}, kid = KID): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: 'https://smba.trafficmanager.net/emea/', ...claims })}`;
  return `Bearer ${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

describe('BotTokenAuthenticator', () => {
  const microsoft = keyPair();
  const stranger = keyPair();
  let server: Server;
  let base = '';
  let metadataStatus = 200;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname === '/openid') {
        res.writeHead(metadataStatus, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ jwks_uri: `${base}/keys?endorse=${url.searchParams.get('endorse') ?? 'msteams'}` }));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, ...microsoft.jwk, endorsements: [url.searchParams.get('endorse')] }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Each case its own metadata URL: the SDK caches keys per URL for the whole process. The settings are the SDK's (public cloud, a local key endpoint). */
  function authenticator(metadataUrl: string) {
    const log = memoryLogger();
    const settings = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: APP_ID, ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      // with one endpoint setting given, the SDK takes none of the public cloud's defaults: the issuer too
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    };
    return { auth: new BotTokenAuthenticator(settings, log.logger), log };
  }

  it('lets a Bot Framework token signed with a published key through', async () => {
    const { auth, log } = authenticator(`${base}/openid?case=valid`);
    expect(await auth.authenticate(token(microsoft.privateKey))).toBe(true);
    expect(log.lines).toEqual([]);
  });

  it('refuses a token for another bot, an expired one, one signed with another key, and one whose key does not endorse Teams', async () => {
    const { auth, log } = authenticator(`${base}/openid?case=wrong`);
    expect(await auth.authenticate(token(microsoft.privateKey, { aud: '99999999-2222-3333-4444-555555555555' }))).toBe(false);
    expect(await auth.authenticate(token(microsoft.privateKey, { exp: Math.floor(Date.now() / 1000) - 3600 }))).toBe(false);
    expect(await auth.authenticate(token(stranger.privateKey))).toBe(false);
    expect(await auth.authenticate(token(microsoft.privateKey, {}, 'unknown-kid'))).toBe(false);
    const webchatOnly = authenticator(`${base}/openid?case=endorse&endorse=webchat`);
    expect(await webchatOnly.auth.authenticate(token(microsoft.privateKey))).toBe(false);
    expect(log.lines.filter((l) => l.msg === 'request refused: authentication failed')).toHaveLength(4);
    expect(log.text()).not.toContain(SECRET);
  });

  it('refuses unsigned, HMAC and malformed tokens without fetching any key', async () => {
    const { auth, log } = authenticator('http://127.0.0.1:9/never-asked');
    const forged = forgedTokens(APP_ID, SECRET);
    for (const kind of ['alg none', 'HS256', 'garbage'] as const) expect(await auth.authenticate(`Bearer ${forged[kind]}`), kind).toBe(false);
    expect(await auth.authenticate(forged['no scheme'])).toBe(false);
    expect(await auth.authenticate(undefined)).toBe(false);
    expect(log.lines.every((l) => l.level === 40)).toBe(true);
    expect(log.lines.filter((l) => String(l.reason).includes('allowed algorithm'))).toHaveLength(2);
  });

  it('refuses when the signing keys cannot be fetched, and logs it as an error', async () => {
    const unreachable = authenticator('http://127.0.0.1:9/openid');
    expect(await unreachable.auth.authenticate(token(microsoft.privateKey))).toBe(false);
    expect(unreachable.log.lines.some((l) => l.level === 50 && String(l.msg).includes('signing keys unavailable'))).toBe(true);
    metadataStatus = 503;
    const failing = authenticator(`${base}/openid?case=down`);
    expect(await failing.auth.authenticate(token(microsoft.privateKey))).toBe(false);
    metadataStatus = 200;
    expect(failing.log.lines.some((l) => l.level === 50 && String(l.err).includes('openID config'))).toBe(true);
  });
});
