import { z } from 'zod';

/**
 * The `oncall` section of the domain config: per team the weekly rotation (members in order,
 * handover weekday and time in the organisation's zone, the week the first member starts), the
 * backup, the escalation chain for paging, and the rota administrators who may change the rota in chat.
 */
const uuid = z.string().regex(/^[0-9a-f-]{36,37}$/i, 'an Entra object id (GUID)');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

/** ISO weekday number (1 = Monday … 7 = Sunday) of a weekday name. */
export function isoWeekdayOf(name: WeekdayName): number {
  return WEEKDAYS.indexOf(name) + 1;
}

export const ESCALATION_TARGETS = ['on-call', 'backup', 'lead', 'head'] as const;

const rotationSchema = z.object({
  /** An OIT team id (config.oit.teams). */
  team: z.string().min(1),
  /** Entra object ids in rotation order; the first one is on call in `startWeek`. */
  members: z.array(uuid).min(1),
  handover: z.object({ day: z.enum(WEEKDAYS).default('monday'), time: hhmm.default('07:00') }).strict().default({}),
  /** The local date of the first handover (must be the handover weekday). */
  startWeek: isoDate,
  backup: uuid.optional(),
  /**
   * The paging chain: who is paged in turn, how (an alert card in Teams chat, or an email through
   * Graph as a fallback) and how long each step waits for an acknowledgement before the next one.
   */
  escalation: z.array(z.object({
    notify: z.enum(ESCALATION_TARGETS),
    waitMinutes: z.number().int().min(1).max(1440),
    via: z.enum(['chat', 'mail']).default('chat'),
  }).strict()).min(1)
    .default([{ notify: 'on-call', waitMinutes: 10, via: 'chat' }, { notify: 'on-call', waitMinutes: 10, via: 'chat' },
      { notify: 'backup', waitMinutes: 15, via: 'chat' }, { notify: 'head', waitMinutes: 30, via: 'chat' }]),
  /** Extra words users call the team by in questions ("síť", "servery"), besides its id and names. */
  aliases: z.array(z.string().min(1)).default([]),
}).strict();

export const oncallConfigSchema = z.object({
  /** May add overrides (zástup) through chat and see every standby report. */
  administrators: z.array(uuid).default([]),
  /** Hours that count as work, not standby, on working days (not on Czech public holidays). */
  workingHours: z.object({ days: z.array(z.number().int().min(1).max(7)).min(1), start: hhmm, end: hhmm }).strict()
    .default({ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:30' }),
  /** A swap proposal not answered within this many hours lapses. */
  swapExpiresHours: z.number().int().min(1).max(24 * 30).default(72),
  rotations: z.array(rotationSchema).default([]),
  /** The mailbox (Entra object id or UPN) that sends the fallback emails of a paging chain (Graph sendMail). */
  mailFrom: z.string().min(3).optional(),
  /** How often the paging scheduler looks for due steps (an escalation step fires within one tick of its due time). */
  tickSeconds: z.number().int().min(1).max(60).default(2),
}).strict();

export type OncallConfig = z.infer<typeof oncallConfigSchema>;
export type RotationConfig = OncallConfig['rotations'][number];

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

/** Cross-checks against the rest of the domain config: known teams, one rotation per team, start on the handover day. */
export function checkOncallConfig(oncall: OncallConfig, teamIds: ReadonlySet<string>, ctx: IssueSink): void {
  const seen = new Set<string>();
  oncall.rotations.forEach((r, i) => {
    const path = ['oncall', 'rotations', i];
    if (!teamIds.has(r.team)) ctx.addIssue({ code: 'custom', path: [...path, 'team'], message: `unknown team "${r.team}"` });
    if (seen.has(r.team)) ctx.addIssue({ code: 'custom', path: [...path, 'team'], message: `second rotation for team "${r.team}"` });
    seen.add(r.team);
    const [y, m, d] = r.startWeek.split('-').map(Number);
    const weekday = ((new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7) + 1;
    if (weekday !== isoWeekdayOf(r.handover.day)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'startWeek'], message: `${r.startWeek} is not a ${r.handover.day}` });
    }
  });
  if (!oncall.mailFrom && oncall.rotations.some((r) => r.escalation.some((s) => s.via === 'mail'))) {
    ctx.addIssue({ code: 'custom', path: ['oncall', 'mailFrom'], message: 'is required when an escalation step is sent by mail' });
  }
  if (oncall.workingHours.end <= oncall.workingHours.start) {
    ctx.addIssue({ code: 'custom', path: ['oncall', 'workingHours'], message: 'working hours must end after they start' });
  }
}
