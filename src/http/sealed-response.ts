import type { Response } from 'restify';

/** What the adapter's refusals are answered with: fixed texts; the SDK's own message goes to the log only. */
const FIXED: Readonly<Record<number, { error: string }>> = Object.freeze({
  400: { error: 'bad request: not a Bot Framework activity' },
  401: { error: 'unauthorized' },
  500: { error: 'internal error' },
});

/**
 * The response the Bot Framework adapter writes to (its public `Response` shape: status, header,
 * send, end): a 401 always, and a 400 or 500 whose body is the SDK's text (an error message, a
 * token problem, a stack-free internal), are answered with a fixed body; `report` gets the original
 * for the log. Invoke responses the bot itself returns (an object body) pass unchanged.
 */
export function sealedResponse(res: Response, report: (status: number, detail: string) => void) {
  let status = 200;
  const sealed = (body: unknown): { error: string } | undefined => {
    const fixed = Object.hasOwn(FIXED, status) ? FIXED[status] : undefined;
    if (!fixed) return undefined;
    if (status === 401 || body === undefined || body === null || typeof body === 'string' || body instanceof Error) return fixed;
    return undefined;
  };
  return {
    get socket(): unknown {
      return res.socket;
    },
    header: (name: string, value: unknown): unknown => res.header(name, value),
    status: (code: number): void => {
      status = code;
      res.status(code);
    },
    send: (body?: unknown): void => {
      if (res.headersSent) return;
      const fixed = sealed(body);
      if (fixed) report(status, body instanceof Error ? body.message : String(body ?? ''));
      res.send(status, fixed ?? body);
    },
    end: (): void => {
      if (res.headersSent) {
        if (!res.writableEnded) res.end();
        return;
      }
      const fixed = sealed(undefined);
      if (fixed) {
        report(status, '');
        res.send(status, fixed);
      } else {
        res.send(status);
      }
    },
  };
}
