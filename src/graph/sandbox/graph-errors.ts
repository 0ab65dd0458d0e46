/** An error the sandbox answers with Graph's error body: {"error":{"code","message","innerError":{…}}}. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }

  static notFound(what: string): GraphHttpError {
    return new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);
  }

  static badRequest(message: string, code = 'Request_BadRequest'): GraphHttpError {
    return new GraphHttpError(400, code, message);
  }

  static denied(): GraphHttpError {
    return new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}

export function graphErrorBody(code: string, message: string, requestId: string, date: Date): unknown {
  return {
    error: {
      code,
      message,
      innerError: { date: date.toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId },
    },
  };
}
