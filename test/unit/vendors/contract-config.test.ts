import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { domainConfigSchema } from '../../../src/config/domain-schema.js';
import { formatIssues } from '../../../src/config/config-error.js';

const raw = () => parse(readFileSync(path.resolve('config/demo.yaml'), 'utf8')) as { contracts: { list: Record<string, unknown>[] }; costs: Record<string, unknown> };
const problems = (config: unknown) => {
  const parsed = domainConfigSchema.safeParse(config);
  return parsed.success ? [] : formatIssues(parsed.error.issues);
};

describe('contracts in the config: validated at start, errors name the key', () => {
  it('the demo config is valid: eight contracts of the seven districts, prices in haléře', () => {
    const parsed = domainConfigSchema.parse(raw());
    expect(parsed.contracts.list).toHaveLength(8);
    expect(new Set(parsed.contracts.list.map((c) => c.district)).size).toBe(7);
    expect(parsed.contracts.list[0]!.prices['onsite-repair']).toBe(89000);
  });

  it.each([
    ['an unknown task type', (c: ReturnType<typeof raw>) => { (c.contracts.list[1]!.prices as Record<string, number>).coffee = 10; }, 'contracts.list.1.prices.coffee: unknown task type "coffee"'],
    ['a price with three decimals', (c: ReturnType<typeof raw>) => { (c.contracts.list[1]!.prices as Record<string, number>).toner = 250.125; }, 'contracts.list.1.prices.toner: CZK with at most two decimals'],
    ['an unknown vendor', (c: ReturnType<typeof raw>) => { c.contracts.list[1]!.vendor = 'nobody'; }, 'contracts.list.1.vendor: unknown vendor "nobody"'],
    ['overlapping contracts of one vendor and district', (c: ReturnType<typeof raw>) => { c.contracts.list[6]!.validFrom = '2026-11-15'; }, 'contracts.list.6.validFrom: overlaps contract "SML-RO-2025"'],
    ['a contract ending before it starts', (c: ReturnType<typeof raw>) => { c.contracts.list[1]!.validTo = '2025-01-01'; }, 'contracts.list.1.validTo: ends before it starts'],
    ['a missing SLA priority', (c: ReturnType<typeof raw>) => { c.contracts.list[0]!.sla = { P1: { accept: '30m', onSite: '2h', resolved: '4h' } }; }, 'contracts.list.0.sla.P2'],
    ['a candidate like an unknown organisation', (c: ReturnType<typeof raw>) => { (c.costs.candidates as { like: string[] }[])[0]!.like = ['XX']; }, 'costs.candidates.0.like.0: unknown organisation "XX"'],
  ])('%s', (_name, change, expected) => {
    const config = raw();
    change(config);
    expect(problems(config).join('\n')).toContain(expected);
  });
});
