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

/** A short title from the user's description: its first sentence, cut at a word boundary. */
export function titleFrom(description: string): string {
  const firstLine = description.split(/[\r\n]+/u)[0]?.trim() ?? '';
  const sentence = firstLine.split(/(?<=[.!?])\s/u)[0] ?? firstLine;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Ticket ids are per calendar year: HD-2026-00001. */
export function formatTicketId(year: number, n: number): string {
  return `HD-${year}-${String(n).padStart(5, '0')}`;
}

export const TICKET_ID_PATTERN = /\bHD-\d{4}-\d{5,}\b/iu;
