import type { CategoryId, Priority } from '../../config/domain-schema.js';
import type { TicketStatus } from './ticket-lifecycle.js';

export type Language = 'cs' | 'en';

/** One line of a ticket's history: who did what, when, from which state to which. */
export interface TicketEvent {
  at: string;
  actor: string;
  action: string;
  from?: TicketStatus;
  to?: TicketStatus;
  comment?: string;
  /** Minutes worked (resolve), new priority, team or assignee (reassign, escalate), rating 1–5. */
  minutes?: number;
  priority?: Priority;
  team?: string | null;
  assignee?: string | null;
  rating?: number;
  /** The vendor the on-site work went to (vendor-changed). */
  vendor?: string;
}

/** A period the SLA clock stood still; no `to` while it lasts. */
export interface TicketPause {
  from: string;
  to?: string;
}

export interface TicketEntities {
  rooms: string[];
  assetTags: string[];
  phones: string[];
  applications: string[];
}

export interface Ticket {
  id: string;
  /** Bumped on every change; cards carry it to detect stale actions. */
  version: number;
  title: string;
  description: string;
  language: Language;
  requester: { id: string; name: string; upn: string | null };
  /** Organisation id from config, or null when the directory could not tell. */
  organisation: string | null;
  site: string | null;
  district: string | null;
  office: string | null;
  category: CategoryId;
  priority: Priority;
  status: TicketStatus;
  team: string | null;
  assignee: string | null;
  entities: TicketEntities;
  createdAt: string;
  updatedAt: string;
  history: TicketEvent[];
  /** The district vendor whose queue an on-site ticket at a remote site goes to (routing). */
  vendor?: string | null;
  /** SLA facts, set by the workflow: first human response, resolution, closing, waiting periods, priority changes. */
  respondedAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  pauses?: TicketPause[];
  priorityChanges?: { at: string; from: Priority; priority: Priority }[];
  resolution?: { note: string; minutes: number; by: string; at: string };
  rating?: { value: number; at: string };
  /** The last time the requester asked to hurry (urgovat). */
  lastExpediteAt?: string;
}

const TITLE_MAX = 80;
/**
 * A greeting a message opens with ("Dobrý den, …", "Hi, …"), with its comma or full stop: polite in
 * a chat, noise in a ticket list, and with a full stop after it the whole first sentence.
 */
const GREETING = /^(?:dobr[ýy]\s+(?:den|ve[čc]er)|dobr[ée]\s+r[áa]no|zdrav[íi]m(?:\s+v[áa]s)?|ahoj(?:te)?|[čc]au|hello|hi|hey|good\s+(?:morning|afternoon|evening))(?:\s*[,.!:;-]+\s*|\s+|$)/iu;

/**
 * A short title from the user's description: its first sentence without a greeting before it,
 * starting with a capital letter and without the closing full stop, cut at a word boundary.
 * The description itself is kept as the user wrote it.
 */
export function titleFrom(description: string): string {
  const whole = description.trim();
  const text = whole.replace(GREETING, '') || whole;
  const firstLine = text.split(/[\r\n]+/u)[0]!.trim();
  const sentence = (firstLine.split(/(?<=[.!?])\s/u)[0] ?? firstLine).replace(/(?<!\.)\.$/u, '');
  const title = sentence.charAt(0).toLocaleUpperCase('cs') + sentence.slice(1);
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Whether the description says more than its title (not only a greeting, the case of a letter or a full stop). */
export function describesMoreThanTitle(description: string, title: string): boolean {
  const rest = description.trim().replace(GREETING, '').replace(/(?<!\.)\.$/u, '');
  return rest.toLocaleLowerCase('cs') !== title.toLocaleLowerCase('cs');
}

/** Ticket ids are per calendar year: HD-2026-00001. */
export function formatTicketId(year: number, n: number): string {
  return `HD-${year}-${String(n).padStart(5, '0')}`;
}

export const TICKET_ID_PATTERN = /\bHD-\d{4}-\d{5,}\b/iu;
