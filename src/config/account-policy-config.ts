import { z } from 'zod';

/**
 * The account-automation policy. Meant to live as the optional `accounts` section of the domain
 * config; until then compose passes `DEFAULT_ACCOUNT_POLICY`.
 */
export const accountPolicyConfigSchema = z.object({
  /** May users reset their own password through the bot? */
  selfPasswordReset: z.boolean().default(false),
  /** Password resets per target account in 24 hours; more go to a human. */
  resetLimitPerTargetPer24h: z.number().int().min(1).default(3),
  /** Account actions a requester may start in 24 hours. */
  perRequesterPer24h: z.number().int().min(1).default(10),
  /** The temporary password card is redacted after this many minutes. */
  tempPasswordVisibleMinutes: z.number().int().min(1).max(240).default(10),
  /** Members of these OIT teams (config.oit.teams ids) are technicians for account actions. */
  technicianTeams: z.array(z.string().min(1)).default(['identity', 'service-desk']),
  /** Members (transitively) of groups with these display names are never handled automatically. */
  protectedGroupNames: z.array(z.string().min(1)).default(['Privilegovaní uživatelé']),
});

export type AccountPolicyConfig = z.infer<typeof accountPolicyConfigSchema>;

export const DEFAULT_ACCOUNT_POLICY: AccountPolicyConfig = Object.freeze(accountPolicyConfigSchema.parse({})) as AccountPolicyConfig;
