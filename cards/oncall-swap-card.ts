import type { SwapProposal } from '../src/domain/oncall/swap-proposal.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import { to } from '../src/i18n/oncall-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { formatTime, type CardContext } from './card-format.js';

/** Action.Execute verbs of the swap card. The data carries only the swap id; who answers comes from the activity. */
export const ONCALL_VERBS = { accept: 'oncall.swap.accept', decline: 'oncall.swap.decline' } as const;

function teamLabel(teamId: string, ctx: CardContext): string {
  return ctx.config.oit.teams.find((t) => t.id === teamId)?.name[ctx.lang] ?? teamId;
}

/** What the swap means for the person asked: which shifts they take over and which the proposer takes. */
export function swapProposalElements(swap: SwapProposal, names: ReadonlyMap<string, string>, ctx: CardContext): CardElement[] {
  const proposer = plainText(names.get(swap.proposerId) ?? swap.proposerId, 200);
  const legs = swap.legs.map((leg): CardElement => {
    const params = { team: teamLabel(leg.teamId, ctx), from: formatTime(leg.from, ctx), to: formatTime(leg.to, ctx), name: proposer };
    return { type: 'TextBlock', text: `- ${to(ctx.lang, leg.coverId === swap.otherId ? 'swapLegYou' : 'swapLegThem', params)}`, wrap: true, spacing: 'None' };
  });
  return [{ type: 'TextBlock', text: to(ctx.lang, 'swapAskBody', { name: proposer }), wrap: true }, ...legs];
}

export function swapButtons(swap: SwapProposal, lang: Language): CardAction[] {
  return [
    { type: 'Action.Execute', title: to(lang, 'swapAccept'), verb: ONCALL_VERBS.accept, data: { swapId: swap.id }, style: 'positive' },
    { type: 'Action.Execute', title: to(lang, 'swapDecline'), verb: ONCALL_VERBS.decline, data: { swapId: swap.id } },
  ];
}

/** Sent proactively to the person asked. */
export function renderSwapRequestCard(swap: SwapProposal, names: ReadonlyMap<string, string>, ctx: CardContext): AdaptiveCard {
  return adaptiveCard([
    { type: 'TextBlock', text: to(ctx.lang, 'swapAskTitle'), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    ...swapProposalElements(swap, names, ctx),
    { type: 'TextBlock', text: to(ctx.lang, 'timesNote'), isSubtle: true, size: 'Small', wrap: true },
  ], swapButtons(swap, ctx.lang));
}

/** Replaces the request card once answered. */
export function renderSwapAnsweredCard(text: string, good: boolean): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text, wrap: true, color: good ? 'Good' : 'Default' }]);
}
