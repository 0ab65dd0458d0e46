import { z } from 'zod';
import { czk } from './contract-schema.js';

/**
 * The `costs` section: OIT's internal hourly rate (CZK), the on-call allowance per standby hour
 * (CZK), users per served organisation, and organisations not served yet (modelled from the
 * averages of `like` ones, shown as an estimate).
 */
export const costsConfigSchema = z.object({
  oitHourlyRate: czk.default(0),
  /**
   * The on-call allowance paid per standby hour (CZK), by the kind the standby report splits it
   * into: working days outside working hours, weekends, public holidays.
   */
  standbyAllowance: z.object({ weekdayNight: czk, weekend: czk, holiday: czk }).strict().default({ weekdayNight: 0, weekend: 0, holiday: 0 }),
  users: z.record(z.string(), z.number().int().min(1)).default({}),
  candidates: z.array(z.object({
    id: z.string().min(1),
    name: z.object({ cs: z.string().min(1), en: z.string().min(1) }).strict(),
    users: z.number().int().min(1),
    /** Served organisations whose averages model this one. */
    like: z.array(z.string().min(1)).min(1),
  }).strict()).default([]),
}).strict();

export type CostsConfig = z.infer<typeof costsConfigSchema>;

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

export function checkCosts(c: CostsConfig, orgIds: ReadonlySet<string>, ctx: IssueSink): void {
  for (const id of Object.keys(c.users)) {
    if (!orgIds.has(id)) ctx.addIssue({ code: 'custom', path: ['costs', 'users', id], message: `unknown organisation "${id}"` });
  }
  c.candidates.forEach((k, i) => {
    if (orgIds.has(k.id)) ctx.addIssue({ code: 'custom', path: ['costs', 'candidates', i, 'id'], message: `"${k.id}" is served already` });
    k.like.forEach((o, j) => {
      if (!orgIds.has(o)) ctx.addIssue({ code: 'custom', path: ['costs', 'candidates', i, 'like', j], message: `unknown organisation "${o}"` });
    });
  });
}
