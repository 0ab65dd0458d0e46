import type { TicketCommand } from '../domain/tickets/ticket-command.js';
import type { Ticket } from '../domain/tickets/ticket.js';

/**
 * Made-up ticket histories that look like real ones, the same every time for the same seed: the
 * demo history of `npm run dev` (through the ticket services) and the reports' test and benchmark
 * data (through the domain rules alone) both play them.
 */

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One step of a ticket's life: a command some time (up to `maxHours`, drawn by the player) after the one before. */
export interface StoryStep { maxHours: number; command: TicketCommand }

export interface StoryOptions {
  /** The ticket as it is now (the story reads its priority, team and status as they change). */
  current(): Pick<Ticket, 'priority' | 'team' | 'status'>;
  /** Teams that have a next tier to escalate to (config.escalation.nextTier). */
  nextTier: Readonly<Record<string, string>>;
  /** Share of taken tickets that get resolved at all (the rest stay in progress); default 0.85. */
  resolveShare?: number;
}

/**
 * The life of a ticket after it was opened: a priority change now and then, a cancel, or taken,
 * maybe paused (waiting on the requester or a vendor), escalated, resolved, reopened, rated and
 * closed. Yields each step and is told whether it happened (a step after "now" does not).
 */
export function* ticketStory(rnd: () => number, o: StoryOptions): Generator<StoryStep, void, boolean> {
  const ticket = o.current;
  if (rnd() < 0.1) yield { maxHours: 4, command: { kind: 'priority', priority: ticket().priority === 'P2' ? 'P1' : 'P2' } };
  if (rnd() < 0.04) {
    yield { maxHours: 24, command: { kind: 'cancel' } };
    return;
  }
  if (!(yield { maxHours: ticket().priority === 'P1' ? 1 : 20, command: { kind: 'take' } })) return;
  if (rnd() < 0.25 && (yield { maxHours: 24, command: { kind: 'status', to: rnd() < 0.5 ? 'waiting-requester' : 'waiting-vendor' } })) {
    yield { maxHours: 72, command: { kind: 'status', to: 'in-progress' } };
  }
  if (rnd() < 0.12 && o.nextTier[ticket().team ?? '']) yield { maxHours: 8, command: { kind: 'escalate' } };
  if (!(rnd() < (o.resolveShare ?? 0.85))) return;
  if (!(yield { maxHours: ticket().priority === 'P1' ? 6 : 90, command: { kind: 'resolve', note: 'Vyřešeno.', minutes: 5 + Math.floor(rnd() * 120) } })) return;
  yield* closing(rnd, ticket);
}

/** After a resolution: sometimes reopened and resolved again, sometimes rated, then closed if still resolved. */
export function* closing(rnd: () => number, ticket: StoryOptions['current']): Generator<StoryStep, void, boolean> {
  if (rnd() < 0.06 && (yield { maxHours: 48, command: { kind: 'reopen' } })) yield { maxHours: 24, command: { kind: 'resolve', note: 'Vyřešeno znovu.', minutes: 15 } };
  if (rnd() < 0.35) yield { maxHours: 24, command: { kind: 'rate', rating: rnd() < 0.7 ? 5 : 1 + Math.floor(rnd() * 4) } };
  if (ticket().status === 'resolved') yield { maxHours: 80, command: { kind: 'close' } };
}

const HOUR = 3_600_000;

/**
 * Plays a story from `start`: each step a random while after the one before (at least a minute);
 * `apply` does it at that time and says whether it happened. A step after `now` does not happen (the
 * story goes on drawing, so that the stories after it draw the same numbers).
 */
export function playStory(story: Generator<StoryStep, void, boolean>, rnd: () => number, start: number, now: number, apply: (at: number, command: TicketCommand) => boolean): number {
  let t = start;
  let step = story.next(true);
  while (!step.done) {
    t += rnd() * step.value.maxHours * HOUR + 60_000;
    const done = t < now && apply(t, step.value.command);
    step = story.next(done);
  }
  return t;
}

/** `playStory` with steps that take their time (the ticket services write each one); `pace` scales the whiles between steps. */
export async function playStoryAsync(
  story: Generator<StoryStep, void, boolean>, rnd: () => number, start: number, now: number, apply: (at: number, command: TicketCommand) => Promise<boolean>, pace = 1,
): Promise<number> {
  let t = start;
  let step = story.next(true);
  while (!step.done) {
    t += rnd() * step.value.maxHours * pace * HOUR + 60_000;
    const done = t < now && (await apply(t, step.value.command));
    step = story.next(done);
  }
  return t;
}
