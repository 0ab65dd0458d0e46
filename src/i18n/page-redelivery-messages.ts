import type { Language } from '../domain/tickets/ticket.js';

/** What a page delivered again after a restart says about itself (Czech first). */
const MESSAGES = {
  repeatedNotice: {
    cs: 'Opakované upozornění: bot byl restartován dřív, než si stihl zaznamenat, že vám tato výzva přišla. Pokud ji už máte, berte tuto jako tutéž.',
    en: 'Repeated notice: the bot restarted before it could record that this alert reached you. If you already have it, this is the same one.',
  },
  repeatedSubject: { cs: '[opakované upozornění] ', en: '[repeated] ' },
} satisfies Record<string, { cs: string; en: string }>;

export function redelivery(lang: Language, key: keyof typeof MESSAGES): string {
  return MESSAGES[key][lang];
}
