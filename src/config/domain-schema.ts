import { z } from 'zod';
import { accountPolicyConfigSchema } from './account-policy-config.js';
import { checkOncallConfig, oncallConfigSchema } from './oncall-config.js';
import { checkContracts, contractsConfigSchema } from './contract-schema.js';
import { checkCosts, costsConfigSchema } from './cost-schema.js';

/** The domain configuration file (organisations, sites, teams, SLA…): see config/demo.yaml. */

const uuid = z.string().regex(/^[0-9a-f-]{36,37}$/i, 'an Entra object id (GUID)');
const text = z.object({ cs: z.string().min(1), en: z.string().min(1) }).strict();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');
const duration = z.string().regex(/^\d+(m|h|d)$/, 'a duration such as 30m, 4h or 3d');
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const CATEGORY_IDS = [
  'account', 'access', 'hardware', 'printer', 'network', 'email',
  'phone', 'software', 'application', 'purchase', 'other',
] as const;

const businessHours = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  start: hhmm,
  end: hhmm,
}).strict();

const slaTarget = z.object({
  response: duration,
  resolution: duration,
  calendar: z.enum(['24x7', 'business']),
}).strict();

const named = z.object({ id: z.string().min(1), name: z.string().min(1), aliases: z.array(z.string()).default([]) }).strict();

export const domainConfigSchema = z.object({
  tenant: z.object({ id: z.string().min(1), name: z.string().min(1) }).strict(),
  timezone: z.string().default('Europe/Prague'),
  organisations: z.array(z.object({
    id: z.string().min(1),
    name: text,
    domain: z.string().min(1),
    businessHours,
    /** Organisation managers (the director…): they see the reports of this organisation only. */
    managers: z.array(uuid).default([]),
  }).strict()).min(1),
  districts: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), vendor: z.string().min(1) }).strict()).min(1),
  sites: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    organisation: z.string().min(1),
    district: z.string().min(1),
    remote: z.boolean().default(false),
    aliases: z.array(z.string()).default([]),
  }).strict()),
  oit: z.object({
    head: uuid,
    teams: z.array(z.object({
      id: z.string().min(1),
      name: text,
      lead: uuid,
      members: z.array(uuid),
      channel: z.object({ teamId: z.string(), channelId: z.string() }).strict().optional(),
      /** The language of the team's channel: the ticket cards posted there are in it. */
      language: z.enum(['cs', 'en']).default('cs'),
    }).strict()).min(1),
  }).strict(),
  vendors: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), technicians: z.array(uuid) }).strict()),
  categories: z.array(z.object({
    id: z.enum(CATEGORY_IDS),
    name: text,
    team: z.string().min(1),
    onSite: z.boolean().default(false),
  }).strict()).min(1),
  sla: z.object({
    priorities: z.object({ P1: slaTarget, P2: slaTarget, P3: slaTarget, P4: slaTarget }).strict(),
    warnAtPercent: z.number().min(1).max(99).default(75),
    autoCloseBusinessDays: z.number().int().min(0).default(3),
    /** A closed ticket may be reopened by its requester this many business days after closing. */
    reopenBusinessDays: z.number().int().min(0).default(10),
  }).strict(),
  /** Which team gets a ticket: first matching rule, else the category's team; on-site work at remote sites → the district vendor. */
  routing: z.object({
    rules: z.array(z.object({
      category: z.enum(CATEGORY_IDS).optional(),
      organisation: z.string().min(1).optional(),
      site: z.string().min(1).optional(),
      team: z.string().min(1),
    }).strict()).default([]),
    onSiteRemoteToVendor: z.boolean().default(true),
  }).strict().default({}),
  /** Functional escalation (next tier team) and hierarchical (team lead, then head of OIT). */
  escalation: z.object({
    /** Team id → the team of the next tier (functional escalation). */
    nextTier: z.record(z.string(), z.string()).default({}),
    /** Move the ticket to the next tier by itself when its resolution deadline is breached. */
    functionalOnBreach: z.boolean().default(false),
    /** After the resolution breach, tell the head of OIT when a further share (%) of the budget has passed. */
    headAfterBreachPercent: z.number().min(0).max(1000).default(50),
    /** A requester may urge (urgovat) a ticket at most once per this many minutes. */
    expediteIntervalMinutes: z.number().int().min(1).default(240),
  }).strict().default({}),
  accounts: accountPolicyConfigSchema.default({}),
  /** On-call duty (pohotovost): weekly rotations, backup, escalation chain, rota administrators. */
  oncall: oncallConfigSchema.default({}),
  /** District vendors' contracts: price lists, SLA targets, penalties (contract-schema.ts). */
  contracts: contractsConfigSchema.default({}),
  /** IT cost per organisation: internal hourly rate, users per organisation, organisations not served yet. */
  costs: costsConfigSchema.default({}),
  /** Reports for managers: where the monthly report goes and when (see README, "Reports for managers"). */
  reports: z.object({
    /** The managers' channel the monthly report is posted to (besides each organisation manager's personal chat). */
    channel: z.object({ teamId: z.string(), channelId: z.string() }).strict().optional(),
    /** Local time (the configured zone) on the first business day of a month when the monthly report goes out. */
    monthlyAt: hhmm.default('08:00'),
    /** Team leads who asked for the weekly digest (Monday at `monthlyAt`). */
    weeklyDigest: z.array(uuid).default([]),
    /** How often the scheduled reports look whether something is due. */
    tickSeconds: z.number().int().min(1).max(3600).default(60),
  }).strict().default({}),
  triage: z.object({
    lowConfidence: z.number().min(0).max(1).default(0.55),
    assetTagPattern: z.string().min(1),
    criticalServices: z.array(named),
    applications: z.array(named),
  }).strict(),
}).strict().superRefine((c, ctx) => {
  const teamIds = new Set(c.oit.teams.map((t) => t.id));
  const orgIds = new Set(c.organisations.map((o) => o.id));
  const districtIds = new Set(c.districts.map((d) => d.id));
  const vendorIds = new Set(c.vendors.map((v) => v.id));
  for (const id of c.accounts.technicianTeams) {
    if (!teamIds.has(id)) ctx.addIssue({ code: 'custom', path: ['accounts', 'technicianTeams'], message: `unknown team "${id}"` });
  }
  checkOncallConfig(c.oncall, teamIds, ctx);
  checkContracts(c.contracts, vendorIds, districtIds, ctx);
  checkCosts(c.costs, orgIds, ctx);
  c.categories.forEach((cat, i) => {
    if (!teamIds.has(cat.team)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'team'], message: `unknown team "${cat.team}"` });
  });
  c.routing.rules.forEach((r, i) => {
    if (!teamIds.has(r.team)) ctx.addIssue({ code: 'custom', path: ['routing', 'rules', i, 'team'], message: `unknown team "${r.team}"` });
  });
  for (const [from, to] of Object.entries(c.escalation.nextTier)) {
    if (!teamIds.has(from) || !teamIds.has(to)) ctx.addIssue({ code: 'custom', path: ['escalation', 'nextTier', from], message: `unknown team "${teamIds.has(from) ? to : from}"` });
  }
  c.sites.forEach((s, i) => {
    if (!orgIds.has(s.organisation)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'organisation'], message: `unknown organisation "${s.organisation}"` });
    if (!districtIds.has(s.district)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'district'], message: `unknown district "${s.district}"` });
  });
  c.districts.forEach((d, i) => {
    if (!vendorIds.has(d.vendor)) ctx.addIssue({ code: 'custom', path: ['districts', i, 'vendor'], message: `unknown vendor "${d.vendor}"` });
  });
  try {
    new RegExp(c.triage.assetTagPattern, 'u');
  } catch {
    ctx.addIssue({ code: 'custom', path: ['triage', 'assetTagPattern'], message: 'not a valid regular expression' });
  }
});

export type DomainConfig = z.infer<typeof domainConfigSchema>;
export type Priority = (typeof PRIORITIES)[number];
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Organisation = DomainConfig['organisations'][number];
export type Team = DomainConfig['oit']['teams'][number];
export type SlaTarget = DomainConfig['sla']['priorities']['P1'];
export type BusinessHours = Organisation['businessHours'];
