import { czechNumber, type StandbyReportLine } from '../src/domain/oncall/standby-csv.js';
import { to } from '../src/i18n/oncall-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import type { CardContext } from './card-format.js';

const hours = (h: number, lang: 'cs' | 'en'): string => (lang === 'cs' ? czechNumber(h) : String(Math.round(h * 100) / 100));

/** The standby report for managers: one row per person, hours by kind. */
export function renderStandbyReportCard(month: string, lines: readonly StandbyReportLine[], ctx: CardContext): AdaptiveCard {
  const { lang } = ctx;
  const rows: CardElement[] = lines.map((l) => ({
    type: 'FactSet', spacing: 'Small', facts: [{
      title: plainText(l.name, 200),
      value: [l.standbyHours, l.weekdayNightHours, l.weekendHours, l.holidayHours].map((h) => hours(h, lang)).join(' · ')
        + ` · ${l.pages} · ${hours(l.incidentHours, lang)}`,
    }],
  }));
  return adaptiveCard([
    { type: 'TextBlock', text: to(lang, 'reportTitle', { month }), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    { type: 'TextBlock', text: to(lang, 'reportColumns'), isSubtle: true, wrap: true },
    ...rows,
    { type: 'TextBlock', text: to(lang, 'reportNote', { month }), isSubtle: true, size: 'Small', wrap: true, separator: true },
  ]);
}
