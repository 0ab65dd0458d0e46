import type { ApprovedStatement, Dispute, StatementContent } from '../src/capabilities/vendors/statement.js';
import type { StatementText } from '../src/capabilities/vendors/statement-text.js';
import { vt, type VendorMessageKey } from '../src/capabilities/vendors/vendor-messages.js';
import { plainText, type CardAction, type CardElement } from './adaptive-card.js';
import type { InputElement, TicketCardAction } from './ticket-card-parts.js';

export const STATEMENT_VERBS = {
  approve: 'vendorStatement.approve',
  export: 'vendorStatement.export',
  dispute: 'vendorStatement.dispute',
  decide: 'vendorStatement.decide',
} as const;

/** Lines shown on the card; the whole statement is in the XLSX and PDF (a card must stay under ~80 KB). */
const MAX_LINES = 25;

export interface StatementCardModel {
  content: StatementContent;
  approved: ApprovedStatement | null;
  /** Draft: the hash the approval must match (detects a draft that changed since it was shown). */
  draftHash: string | null;
  disputes: Dispute[];
  /** What the viewer may do: the head of OIT approves and decides disputes, the vendor's contact disputes. */
  viewer: 'head' | 'contact' | 'reader';
  approvedAtText: string | null;
}

/** A vendor's monthly statement: tasks × prices, each breach and how its penalty was computed, caps, corrections, totals. */
export function renderStatementCard(m: StatementCardModel, text: StatementText): { type: 'AdaptiveCard'; $schema: string; version: '1.5'; body: (CardElement | InputElement)[]; actions?: TicketCardAction[] } {
  const { content: s, lang } = { content: m.content, lang: text.lang };
  const status = m.approved
    ? vt(lang, 'statementApproved', { at: m.approvedAtText ?? '', number: m.approved.number, hash: m.approved.sha256.slice(0, 12) })
    : vt(lang, 'statementDraft');
  const body: (CardElement | InputElement)[] = [
    { type: 'TextBlock', text: text.title(s), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    { type: 'TextBlock', text: status, isSubtle: !m.approved, color: m.approved ? 'Good' : 'Default', wrap: true, spacing: 'None' },
  ];
  for (const line of s.lines.slice(0, MAX_LINES)) {
    const items: CardElement[] = [{
      type: 'TextBlock', wrap: true, weight: 'Bolder',
      text: `${vt(lang, 'lineTask', { ticket: line.ticketId, type: text.taskType(line.taskType), price: text.money(line.price) })}${line.penalty ? ` · ${vt(lang, 'linePenalty', { amount: text.money(line.penalty) })}` : ''}`,
    }];
    for (const b of line.breaches) items.push({ type: 'TextBlock', text: text.breach(b, line), wrap: true, size: 'Small', spacing: 'None', color: 'Attention' });
    if (line.taskCapApplied) items.push({ type: 'TextBlock', text: text.taskCap(line), wrap: true, size: 'Small', spacing: 'None' });
    body.push({ type: 'Container', separator: true, spacing: 'Small', items });
  }
  if (s.lines.length > MAX_LINES) body.push({ type: 'TextBlock', text: vt(lang, 'moreLines', { count: s.lines.length - MAX_LINES }), isSubtle: true, wrap: true });
  for (const g of s.groups.filter((x) => x.monthlyCapApplied)) body.push({ type: 'TextBlock', text: text.monthCap(g), wrap: true, color: 'Warning' });
  for (const c of s.corrections) body.push({ type: 'TextBlock', text: text.correction(c, (note) => plainText(note, 600)), wrap: true });
  body.push({ type: 'FactSet', facts: text.totals(s).map(([title, value]) => ({ title, value })) });
  body.push({ type: 'TextBlock', text: vt(lang, 'rounding'), isSubtle: true, size: 'Small', wrap: true });
  if (m.disputes.length) {
    body.push({ type: 'TextBlock', text: vt(lang, 'disputesTitle'), weight: 'Bolder', separator: true });
    for (const d of m.disputes) {
      const status = vt(lang, `dispute_${d.status}` as VendorMessageKey, { amount: text.money(d.amount ?? 0) });
      body.push({ type: 'TextBlock', text: plainText(vt(lang, 'disputeLineText', { id: d.id, line: d.line, reason: d.reason, status }), 800), wrap: true, size: 'Small' });
    }
  }
  const actions = actionsOf(m, text);
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...(actions.length ? { actions } : {}) };
}

function actionsOf(m: StatementCardModel, text: StatementText): TicketCardAction[] {
  const { lang } = text;
  const s = m.content;
  const key = { vendor: s.vendor, district: s.district, month: s.month };
  const exec = (title: string, verb: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): CardAction =>
    ({ type: 'Action.Execute', title, verb, data: { ...key, ...data }, ...(style ? { style } : {}) });
  if (!m.approved) return m.viewer === 'head' && m.draftHash ? [exec(vt(lang, 'approve'), STATEMENT_VERBS.approve, { hash: m.draftHash }, 'positive')] : [];
  const number = m.approved.number;
  const out: TicketCardAction[] = [
    exec(vt(lang, 'exportXlsx'), STATEMENT_VERBS.export, { number, format: 'xlsx' }),
    exec(vt(lang, 'exportPdf'), STATEMENT_VERBS.export, { number, format: 'pdf' }),
  ];
  const lines = [...m.approved.lines.map((l) => ({ title: `${l.ticketId} (${text.money(l.price - l.penalty)})`, value: l.taskId })),
    ...m.approved.corrections.map((c) => ({ title: `${c.id} (${text.money(c.amount)})`, value: c.id }))];
  if (m.viewer === 'contact' && lines.length) {
    out.push({
      type: 'Action.ShowCard', title: vt(lang, 'disputeLine'), card: {
        type: 'AdaptiveCard', body: [
          { type: 'Input.ChoiceSet', id: 'line', style: 'compact', value: lines[0]!.value, choices: lines.slice(0, 100) },
          { type: 'Input.Text', id: 'reason', placeholder: vt(lang, 'phReason'), isMultiline: true, maxLength: 2000 },
        ], actions: [exec(vt(lang, 'send'), STATEMENT_VERBS.dispute, { number })],
      },
    });
  }
  if (m.viewer === 'head') {
    for (const d of m.disputes.filter((x) => x.status === 'open').slice(0, 5)) {
      out.push({
        type: 'Action.ShowCard', title: `${d.id}`, card: {
          type: 'AdaptiveCard', body: [
            { type: 'TextBlock', text: plainText(d.reason, 600), wrap: true },
            { type: 'Input.Number', id: 'amount', placeholder: vt(lang, 'phAmount'), min: 0, max: 1000000 },
            { type: 'Input.Text', id: 'note', placeholder: vt(lang, 'phReason'), maxLength: 2000 },
          ], actions: [
            exec(vt(lang, 'uphold'), STATEMENT_VERBS.decide, { number, disputeId: d.id, upheld: true }, 'positive'),
            exec(vt(lang, 'rejectDispute'), STATEMENT_VERBS.decide, { number, disputeId: d.id, upheld: false }, 'destructive'),
          ],
        },
      });
    }
  }
  return out;
}
