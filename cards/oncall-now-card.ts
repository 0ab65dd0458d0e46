import type { OnCallNow, RotaSegment } from '../src/domain/oncall/rota.js';
import type { SwapProposal } from '../src/domain/oncall/swap-proposal.js';
import { to } from '../src/i18n/oncall-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { formatTime, type CardContext } from './card-format.js';
import { swapProposalElements, swapButtons } from './oncall-swap-card.js';

export function teamName(teamId: string, ctx: CardContext): string {
  return ctx.config.oit.teams.find((t) => t.id === teamId)?.name[ctx.lang] ?? teamId;
}

const nameOf = (names: ReadonlyMap<string, string>, id: string): string => plainText(names.get(id) ?? id, 200);

/** "Who is on call": per team the person now (until the handover) and the next one, in Prague time. */
export function renderOnCallCard(rows: readonly OnCallNow[], names: ReadonlyMap<string, string>, ctx: CardContext): AdaptiveCard {
  const body: CardElement[] = [{ type: 'TextBlock', text: to(ctx.lang, 'whoTitle'), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true }];
  for (const row of rows) {
    const mark = row.current.overridden ? to(ctx.lang, 'coverMark') : '';
    const next = row.next
      ? to(ctx.lang, 'whoNext', { name: nameOf(names, row.next.personId), from: formatTime(row.next.start.toISOString(), ctx) })
      : to(ctx.lang, 'whoNoNext');
    body.push({
      type: 'Container', separator: true, items: [
        { type: 'TextBlock', text: teamName(row.teamId, ctx), weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: `${to(ctx.lang, 'whoNow', { name: nameOf(names, row.current.personId), until: formatTime(row.current.end.toISOString(), ctx) })}${mark}`, wrap: true, spacing: 'None' },
        { type: 'TextBlock', text: next, wrap: true, isSubtle: true, spacing: 'None' },
      ],
    });
  }
  body.push({ type: 'TextBlock', text: to(ctx.lang, 'timesNote'), isSubtle: true, size: 'Small', wrap: true });
  return adaptiveCard(body);
}

/** "My shifts": the asker's next shifts in every team, and swaps waiting for their answer (with the buttons). */
export function renderMyShiftsCard(shifts: readonly RotaSegment[], pending: readonly SwapProposal[], names: ReadonlyMap<string, string>, now: Date, ctx: CardContext): AdaptiveCard {
  const body: CardElement[] = [{ type: 'TextBlock', text: to(ctx.lang, 'myShiftsTitle'), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true }];
  if (shifts.length === 0) body.push({ type: 'TextBlock', text: to(ctx.lang, 'myShiftsNone'), wrap: true });
  for (const s of shifts) {
    const from = s.start.getTime() <= now.getTime() ? to(ctx.lang, 'ongoing') : formatTime(s.start.toISOString(), ctx);
    const text = to(ctx.lang, 'shiftLine', { team: teamName(s.teamId, ctx), from, to: formatTime(s.end.toISOString(), ctx) });
    body.push({ type: 'TextBlock', text: `${text}${s.overridden ? to(ctx.lang, 'coverMark') : ''}`, wrap: true, spacing: 'Small' });
  }
  if (pending.length > 0) body.push({ type: 'TextBlock', text: to(ctx.lang, 'pendingSwapsTitle'), weight: 'Bolder', separator: true, wrap: true });
  for (const swap of pending) {
    body.push({ type: 'Container', items: [...swapProposalElements(swap, names, ctx), { type: 'ActionSet', actions: swapButtons(swap, ctx.lang) }] });
  }
  body.push({ type: 'TextBlock', text: to(ctx.lang, 'timesNote'), isSubtle: true, size: 'Small', wrap: true });
  return adaptiveCard(body);
}
