import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';

/** What the HTTP server needs of the alert endpoint: the token check before the body is read, then the alert. */
export interface AlertRoute {
  /** Checked before the body is read: without a valid token nothing else is looked at (null = authorised). */
  authorise(header: string | undefined): AlertReply | null;
  handle(body: unknown): Promise<AlertReply>;
}

export type AlertReply = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

/** The bearer token of POST /api/alerts, compared in constant time; undefined = the endpoint is off (503). */
export class AlertGuard {
  private readonly tokenDigest: Buffer | null;

  constructor(token: string | undefined, private readonly logger: Logger) {
    this.tokenDigest = token ? digest(token) : null;
  }

  authorise(header: string | undefined): AlertReply | null {
    if (!this.tokenDigest) return { status: 503, body: { error: 'alert endpoint not configured (set ALERTS_TOKEN)' } };
    const match = /^Bearer\s+(\S+)\s*$/iu.exec(header ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!), this.tokenDigest)) {
      this.logger.warn('alert refused: missing or invalid bearer token');
      return { status: 401, body: { error: 'missing or invalid bearer token' }, headers: { 'WWW-Authenticate': 'Bearer' } };
    }
    return null;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
