import { z } from 'zod';

/**
 * The `contracts` section of the domain config: the task types of the price lists, the VAT rate,
 * and per vendor and district a contract valid from–to with its prices (CZK without VAT, read into
 * whole haléře), SLA targets in the district's business hours, penalty rules and the vendor's
 * contact for statements. See config/demo.yaml.
 */
const uuid = z.string().regex(/^[0-9a-f-]{36,37}$/i, 'an Entra object id (GUID)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');
const duration = z.string().regex(/^\d+(m|h|d)$/, 'a duration such as 30m, 4h or 3d');
const text = z.object({ cs: z.string().min(1), en: z.string().min(1) }).strict();

/** CZK with at most two decimals (e.g. 850 or 412.50) → whole haléře (85000, 41250). */
export const czk = z.number().nonnegative().max(10_000_000).refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'CZK with at most two decimals')
  .transform((v) => Math.round(v * 100));

const percent = z.number().min(0).max(100);

const target = z.object({ accept: duration, onSite: duration, resolved: duration }).strict();

const contractSchema = z.object({
  id: z.string().min(1),
  vendor: z.string().min(1),
  district: z.string().min(1),
  validFrom: isoDate,
  /** Inclusive; omitted = open-ended. */
  validTo: isoDate.optional(),
  /** The district's business hours the SLA targets count in (Czech public holidays excluded). */
  businessHours: z.object({ days: z.array(z.number().int().min(1).max(7)).min(1), start: hhmm, end: hhmm }).strict()
    .default({ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:30' }),
  /** Task type id → price in CZK without VAT. */
  prices: z.record(z.string(), czk),
  sla: z.object({ P1: target, P2: target, P3: target, P4: target }).strict(),
  penalties: z.object({
    /** Per target missed: this % of the task's price for every started business hour late. */
    percentPerStartedHour: percent,
    /** Per target missed: a fixed amount in CZK. */
    fixedPerBreach: czk.default(0),
    /** A task's penalties together at most this % of its price. */
    taskCapPercent: percent.default(100),
    /** A month's penalties together at most this % of the month's tasks total. */
    monthlyCapPercent: percent,
  }).strict(),
  /** Who receives and may read the vendor's statements (the vendor's contract manager). */
  contact: z.object({ name: z.string().min(1), email: z.string().email(), aadObjectId: uuid }).strict(),
}).strict();

export const contractsConfigSchema = z.object({
  vatPercent: z.number().min(0).max(100).default(21),
  taskTypes: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/u, 'a lower-case id'), name: text }).strict()).default([]),
  list: z.array(contractSchema).default([]),
}).strict();

export type ContractsConfig = z.infer<typeof contractsConfigSchema>;
export type Contract = ContractsConfig['list'][number];
export type ContractTargets = Contract['sla']['P1'];
export type PenaltyRules = Contract['penalties'];

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

/** Cross-checks: known vendors, districts and task types; no two contracts of a vendor and district overlap in time. */
export function checkContracts(c: ContractsConfig, vendorIds: ReadonlySet<string>, districtIds: ReadonlySet<string>, ctx: IssueSink): void {
  const types = new Set(c.taskTypes.map((t) => t.id));
  c.list.forEach((k, i) => {
    const at = (...rest: (string | number)[]) => ['contracts', 'list', i, ...rest];
    if (!vendorIds.has(k.vendor)) ctx.addIssue({ code: 'custom', path: at('vendor'), message: `unknown vendor "${k.vendor}"` });
    if (!districtIds.has(k.district)) ctx.addIssue({ code: 'custom', path: at('district'), message: `unknown district "${k.district}"` });
    if (k.validTo && k.validTo < k.validFrom) ctx.addIssue({ code: 'custom', path: at('validTo'), message: 'ends before it starts' });
    if (k.businessHours.end <= k.businessHours.start) ctx.addIssue({ code: 'custom', path: at('businessHours', 'end'), message: 'business hours must end after they start' });
    for (const type of Object.keys(k.prices)) {
      if (!types.has(type)) ctx.addIssue({ code: 'custom', path: at('prices', type), message: `unknown task type "${type}"` });
    }
    if (Object.keys(k.prices).length === 0) ctx.addIssue({ code: 'custom', path: at('prices'), message: 'a price list needs at least one task type' });
    c.list.forEach((other, j) => {
      if (j <= i || other.vendor !== k.vendor || other.district !== k.district) return;
      const overlap = other.validFrom <= (k.validTo ?? '9999-12-31') && k.validFrom <= (other.validTo ?? '9999-12-31');
      if (overlap) ctx.addIssue({ code: 'custom', path: ['contracts', 'list', j, 'validFrom'], message: `overlaps contract "${k.id}" of the same vendor and district` });
    });
  });
  const ids = new Set<string>();
  c.list.forEach((k, i) => {
    if (ids.has(k.id)) ctx.addIssue({ code: 'custom', path: ['contracts', 'list', i, 'id'], message: `duplicate contract id "${k.id}"` });
    ids.add(k.id);
  });
}
