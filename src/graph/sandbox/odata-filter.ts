/**
 * The subset of OData $filter that Microsoft Graph accepts on users:
 * eq, ne, gt/ge/lt/le, in (…), startswith(p,'x'), endswith(p,'x'), and, or, not, parentheses.
 * String comparisons are case-insensitive, as in Graph.
 */
export type FilterValue = string | number | boolean | null;
export type FilterExpr =
  | { type: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { type: 'not'; expr: FilterExpr }
  | { type: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; prop: string; value: FilterValue }
  | { type: 'fn'; name: 'startswith' | 'endswith'; prop: string; value: string }
  | { type: 'in'; prop: string; values: FilterValue[] };

type Token = { kind: 'str'; text: string } | { kind: 'num'; value: number } | { kind: 'word'; text: string } | { kind: 'punct'; text: string };

export class ODataFilterError extends Error {}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export class ODataFilter {
  private constructor(readonly expr: FilterExpr, readonly properties: ReadonlySet<string>) {}

  /** Throws ODataFilterError with a Graph-like message when the text is not a filter we understand. */
  static parse(text: string): ODataFilter {
    const parser = new Parser(tokenize(text));
    const expr = parser.parseAll();
    return new ODataFilter(expr, collectProperties(expr, new Set()));
  }

  matches(record: Readonly<Record<string, unknown>>): boolean {
    return evaluate(this.expr, record);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) { i++; continue; }
    if ('(),'.includes(c)) { tokens.push({ kind: 'punct', text: c }); i++; continue; }
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new ODataFilterError('Unterminated string literal.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: 'str', text: value });
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num) { tokens.push({ kind: 'num', value: Number(num[0]) }); i += num[0].length; continue; }
    const word = /^[A-Za-z_$][\w/.$]*/.exec(text.slice(i));
    if (!word) throw new ODataFilterError(`Syntax error at position ${i} in '${text}'.`);
    tokens.push({ kind: 'word', text: word[0] });
    i += word[0].length;
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): FilterExpr {
    if (this.tokens.length === 0) throw new ODataFilterError('The $filter expression is empty.');
    const expr = this.parseOr();
    if (this.pos < this.tokens.length) throw new ODataFilterError(`Syntax error: unexpected '${describe(this.tokens[this.pos])}'.`);
    return expr;
  }

  private parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.peekWord('or')) { this.pos++; left = { type: 'or', left, right: this.parseAnd() }; }
    return left;
  }

  private parseAnd(): FilterExpr {
    let left = this.parseUnary();
    while (this.peekWord('and')) { this.pos++; left = { type: 'and', left, right: this.parseUnary() }; }
    return left;
  }

  private parseUnary(): FilterExpr {
    if (this.peekWord('not')) { this.pos++; return { type: 'not', expr: this.parseUnary() }; }
    if (this.peekPunct('(')) {
      this.pos++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    const name = this.expectWord();
    const lower = name.toLowerCase();
    if ((lower === 'startswith' || lower === 'endswith') && this.peekPunct('(')) {
      this.pos++;
      const prop = this.expectWord();
      this.expectPunct(',');
      const value = this.expectLiteral();
      this.expectPunct(')');
      if (typeof value !== 'string') throw new ODataFilterError(`${lower} needs a string literal.`);
      return { type: 'fn', name: lower, prop, value };
    }
    const op = this.expectWord().toLowerCase();
    if (op === 'in') return { type: 'in', prop: name, values: this.parseList() };
    if (!COMPARISONS.has(op)) throw new ODataFilterError(`Unsupported operator '${op}'.`);
    return { type: 'cmp', op: op as 'eq', prop: name, value: this.expectLiteral() };
  }

  private parseList(): FilterValue[] {
    this.expectPunct('(');
    const values = [this.expectLiteral()];
    while (this.peekPunct(',')) { this.pos++; values.push(this.expectLiteral()); }
    this.expectPunct(')');
    return values;
  }

  private expectLiteral(): FilterValue {
    const t = this.tokens[this.pos++];
    if (t?.kind === 'str') return t.text;
    if (t?.kind === 'num') return t.value;
    if (t?.kind === 'word' && ['true', 'false', 'null'].includes(t.text)) return t.text === 'null' ? null : t.text === 'true';
    throw new ODataFilterError(`Expected a literal, found '${describe(t)}'.`);
  }

  private expectWord(): string {
    const t = this.tokens[this.pos++];
    if (t?.kind !== 'word') throw new ODataFilterError(`Expected a property or operator, found '${describe(t)}'.`);
    return t.text;
  }

  private expectPunct(p: string): void {
    if (!this.peekPunct(p)) throw new ODataFilterError(`Expected '${p}', found '${describe(this.tokens[this.pos])}'.`);
    this.pos++;
  }

  private peekWord(w: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'word' && t.text.toLowerCase() === w;
  }

  private peekPunct(p: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'punct' && t.text === p;
  }
}

function describe(t: Token | undefined): string {
  if (!t) return 'end of expression';
  return t.kind === 'num' ? String(t.value) : t.text;
}

function collectProperties(expr: FilterExpr, into: Set<string>): Set<string> {
  switch (expr.type) {
    case 'and':
    case 'or':
      collectProperties(expr.left, into);
      return collectProperties(expr.right, into);
    case 'not':
      return collectProperties(expr.expr, into);
    default:
      into.add(expr.prop);
      return into;
  }
}

function norm(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function evaluate(expr: FilterExpr, record: Readonly<Record<string, unknown>>): boolean {
  switch (expr.type) {
    case 'and': return evaluate(expr.left, record) && evaluate(expr.right, record);
    case 'or': return evaluate(expr.left, record) || evaluate(expr.right, record);
    case 'not': return !evaluate(expr.expr, record);
    case 'in': return expr.values.some((v) => norm(record[expr.prop] ?? null) === norm(v));
    case 'fn': {
      const actual = record[expr.prop];
      if (typeof actual !== 'string') return false;
      const [a, v] = [actual.toLowerCase(), expr.value.toLowerCase()];
      return expr.name === 'startswith' ? a.startsWith(v) : a.endsWith(v);
    }
    case 'cmp': return compare(expr.op, norm(record[expr.prop] ?? null), norm(expr.value));
  }
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null || typeof a !== typeof b) return false;
  const [x, y] = [a as string | number, b as string | number];
  return op === 'gt' ? x > y : op === 'ge' ? x >= y : op === 'lt' ? x < y : x <= y;
}
