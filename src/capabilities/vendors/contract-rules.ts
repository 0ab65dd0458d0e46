import type { Contract, ContractsConfig } from '../../config/contract-schema.js';

/** The contract of a vendor and district in force on a local date "YYYY-MM-DD" (validTo inclusive), or null. */
export function contractOn(contracts: Pick<ContractsConfig, 'list'>, vendor: string, district: string, date: string): Contract | null {
  return contracts.list.find((c) => c.vendor === vendor && c.district === district && c.validFrom <= date && (!c.validTo || date <= c.validTo)) ?? null;
}

/** The price of a task type in a contract (haléře without VAT), or null when the price list has no such type. */
export function priceOf(contract: Contract, taskType: string): number | null {
  return Object.hasOwn(contract.prices, taskType) ? contract.prices[taskType]! : null;
}

/** The contracts of a vendor (all districts), and the districts a vendor holds. */
export function districtsOf(contracts: Pick<ContractsConfig, 'list'>, vendor: string): string[] {
  return [...new Set(contracts.list.filter((c) => c.vendor === vendor).map((c) => c.district))];
}

/** "2026-11" → the previous month "2026-10". */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** "2026-11" → "2026-12". */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
