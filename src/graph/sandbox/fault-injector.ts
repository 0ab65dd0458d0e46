/**
 * Fault injection for tests: the next N requests matching a method and a path pattern get a fault.
 * Patterns are matched against the path after /v1.0, case-insensitively; `*` is one segment, `**` any rest.
 */
export type FaultAction =
  /** Answer with this status (429, 500, 503…) and Graph's error body; Retry-After in seconds when given. */
  | { type: 'status'; status: number; code?: string; retryAfterSeconds?: number }
  /** Wait this long, then answer normally. */
  | { type: 'delay'; ms: number }
  /** "reset": destroy the socket at once; "hang": accept the request and never answer. */
  | { type: 'down'; mode?: 'reset' | 'hang' };

export interface FaultRule {
  path: string;
  /** HTTP method, or "*" (default). */
  method?: string;
  /** How many requests get the fault (default 1); Infinity for all until cleared. */
  times?: number;
  action: FaultAction;
}

interface ActiveRule { id: number; pattern: RegExp; method: string; remaining: number; action: FaultAction; rule: FaultRule }

export class FaultInjector {
  private readonly rules: ActiveRule[] = [];
  private nextId = 1;
  /** Every fault served, in order, for assertions. */
  readonly served: Array<{ method: string; path: string; action: FaultAction }> = [];

  /** Adds a rule; returns its id (for `remove`). Throws on an invalid rule. */
  add(rule: FaultRule): number {
    validate(rule);
    const id = this.nextId++;
    this.rules.push({
      id, rule, pattern: globToRegExp(rule.path), method: (rule.method ?? '*').toUpperCase(),
      remaining: rule.times ?? 1, action: rule.action,
    });
    return id;
  }

  remove(id: number): void {
    const i = this.rules.findIndex((r) => r.id === id);
    if (i >= 0) this.rules.splice(i, 1);
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Rules still waiting to fire. */
  pending(): Array<FaultRule & { remaining: number }> {
    return this.rules.map((r) => ({ ...r.rule, remaining: r.remaining }));
  }

  /** The fault for this request, if any; consumes one use of the first matching rule. */
  take(method: string, path: string): FaultAction | undefined {
    const rule = this.rules.find((r) => (r.method === '*' || r.method === method.toUpperCase()) && r.pattern.test(path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.remove(rule.id);
    this.served.push({ method, path, action: rule.action });
    return rule.action;
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob.split('/').map((seg) => {
    if (seg === '**') return '.*';
    return seg.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  }).join('/');
  return new RegExp(`^${body.replace('/.*', '(?:/.*)?')}/?$`, 'i');
}

function validate(rule: FaultRule): void {
  if (typeof rule?.path !== 'string' || !rule.path.startsWith('/')) throw new Error('fault rule: "path" must start with "/"');
  const times = rule.times ?? 1;
  if (!(times >= 1)) throw new Error('fault rule: "times" must be at least 1');
  const a = rule.action;
  if (a?.type === 'status' && Number.isInteger(a.status) && a.status >= 400 && a.status <= 599) return;
  if (a?.type === 'delay' && Number.isFinite(a.ms) && a.ms >= 0) return;
  if (a?.type === 'down' && (a.mode === undefined || a.mode === 'reset' || a.mode === 'hang')) return;
  throw new Error('fault rule: "action" must be {type:"status",status:4xx|5xx} | {type:"delay",ms} | {type:"down",mode?:"reset"|"hang"}');
}
