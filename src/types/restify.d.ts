// restify 11 ships no type declarations (and @types/restify describes restify 8):
// the small surface this project uses, typed by hand.
declare module 'restify' {
  import type { IncomingMessage, ServerResponse, Server as HttpServer } from 'node:http';

  export interface Request extends IncomingMessage {
    body?: unknown;
    params?: Record<string, string>;
    query?: Record<string, string | string[]>;
    id(): string;
    getPath(): string;
  }

  export interface Response extends ServerResponse {
    send(code?: unknown, body?: unknown, headers?: Record<string, string>): void;
    status(code: number): number;
    header(key: string, value?: unknown): unknown;
    json(code: number, body?: unknown): void;
  }

  export type Next = (err?: unknown) => void;
  export type RequestHandler = (req: Request, res: Response, next: Next) => unknown;

  export interface Server {
    readonly server: HttpServer;
    readonly url: string;
    address(): { address: string; family: string; port: number };
    use(...handlers: RequestHandler[]): this;
    pre(...handlers: RequestHandler[]): this;
    get(path: string, ...handlers: RequestHandler[]): unknown;
    post(path: string, ...handlers: RequestHandler[]): unknown;
    head(path: string, ...handlers: RequestHandler[]): unknown;
    listen(port: number, host: string, callback?: () => void): unknown;
    close(callback?: () => void): unknown;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export interface ServerOptions {
    name?: string;
    handleUncaughtExceptions?: boolean;
    log?: unknown;
  }

  export function createServer(options?: ServerOptions): Server;

  export const plugins: {
    bodyParser(options?: { maxBodySize?: number; mapParams?: boolean; rejectUnknown?: boolean; requestBodyOnGet?: boolean }): RequestHandler[];
    queryParser(options?: { mapParams?: boolean }): RequestHandler;
  };

  const restify: { createServer: typeof createServer; plugins: typeof plugins };
  export default restify;
}
