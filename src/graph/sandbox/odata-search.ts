import { foldText } from '../text-fold.js';

/**
 * Graph's $search on directory objects: `"displayName:jan"`, combined with AND / OR (AND binds tighter).
 * A clause matches when every word of its value is the prefix of a word of the property (tokenised at
 * spaces and punctuation). Matching ignores case and diacritics.
 */
export class ODataSearchError extends Error {}

type Clause = { prop: string; words: string[] };

export class ODataSearch {
  private constructor(private readonly alternatives: Clause[][]) {}

  static parse(text: string): ODataSearch {
    const parts = text.match(/"[^"]*"|\bAND\b|\bOR\b|\S+/g) ?? [];
    const alternatives: Clause[][] = [[]];
    let expectClause = true;
    for (const part of parts) {
      if (part === 'AND' || part === 'OR') {
        if (expectClause) throw new ODataSearchError(`Syntax error: unexpected ${part} in $search.`);
        if (part === 'OR') alternatives.push([]);
        expectClause = true;
        continue;
      }
      if (!expectClause) throw new ODataSearchError('Syntax error: clauses in $search must be joined by AND or OR.');
      (alternatives[alternatives.length - 1] as Clause[]).push(parseClause(part));
      expectClause = false;
    }
    if (expectClause) throw new ODataSearchError('The $search expression is empty or ends with an operator.');
    return new ODataSearch(alternatives);
  }

  get properties(): string[] {
    return this.alternatives.flat().map((c) => c.prop);
  }

  matches(record: Readonly<Record<string, unknown>>): boolean {
    return this.alternatives.some((all) => all.every((c) => clauseMatches(c, record[c.prop])));
  }
}

function parseClause(part: string): Clause {
  const m = /^"([A-Za-z]+):(.*)"$/s.exec(part);
  if (!m) throw new ODataSearchError(`Syntax error: $search clause ${part} must look like "property:value".`);
  const words = tokens(m[2] as string);
  if (words.length === 0) throw new ODataSearchError(`The $search clause ${part} has no value.`);
  return { prop: m[1] as string, words };
}

function tokens(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function clauseMatches(clause: Clause, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const have = tokens(value);
  return clause.words.every((w) => have.some((h) => h.startsWith(w)));
}
