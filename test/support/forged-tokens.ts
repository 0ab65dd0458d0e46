import { createHmac, generateKeyPairSync, sign } from 'node:crypto';

/** Bot Framework-looking JWTs that must all be refused: unsigned, HMAC-signed with a guessable secret, signed with a key that is not Microsoft's. */
export function forgedTokens(appId: string, secret: string): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.botframework.com', aud: appId, serviceurl: 'https://smba.trafficmanager.net/emea/', nbf: now - 60, exp: now + 3600 };
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${b64({ alg: 'none', typ: 'JWT', kid: 'forged-kid' })}.${b64(claims)}.`;
  const hsInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'forged-kid' })}.${b64(claims)}`;
  const hs256 = `${hsInput}.${createHmac('sha256', secret).update(hsInput).digest('base64url')}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsInput = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'not-a-microsoft-key', x5t: 'not-a-microsoft-key' })}.${b64(claims)}`;
  const rs256 = `${rsInput}.${sign('sha256', Buffer.from(rsInput), privateKey).toString('base64url')}`;
  return { 'alg none': unsigned, HS256: hs256, 'foreign RS256': rs256, garbage: 'not.a.jwt', 'no scheme': rs256 };
}
