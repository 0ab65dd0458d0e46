import { GraphError } from '@microsoft/microsoft-graph-client';

export type GraphFailureReason = 'timeout' | 'network' | 'throttled' | 'server' | 'rejected';

/**
 * Microsoft Graph could not answer a directory question (down, timed out, throttled past the retries,
 * or refused). Keeps Graph's statusCode (-1 when no HTTP answer came), code and request-id for the log.
 */
export class GraphUnavailableError extends Error {
  readonly reason: GraphFailureReason;
  readonly statusCode: number;
  readonly code: string | null;
  readonly requestId: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(operation: string, cause: unknown) {
    const graph = cause instanceof GraphError ? cause : undefined;
    const statusCode = graph?.statusCode ?? -1;
    const code = graph?.code ?? (cause instanceof Error ? cause.name : null);
    super(`Microsoft Graph ${operation} failed: ${statusCode === -1 ? code ?? 'no answer' : `${statusCode} ${code ?? ''}`.trim()}`, { cause });
    this.name = 'GraphUnavailableError';
    this.statusCode = statusCode;
    this.code = code;
    this.requestId = graph?.requestId ?? null;
    const retryAfter = graph?.headers?.get('Retry-After');
    this.retryAfterSeconds = retryAfter != null && !Number.isNaN(Number(retryAfter)) ? Number(retryAfter) : null;
    this.reason = reasonOf(statusCode, code);
  }
}

function reasonOf(statusCode: number, code: string | null): GraphFailureReason {
  if (code === 'TimeoutError' || code === 'AbortError' || statusCode === 504) return 'timeout';
  if (statusCode === -1) return 'network';
  if (statusCode === 429) return 'throttled';
  return statusCode >= 500 ? 'server' : 'rejected';
}
