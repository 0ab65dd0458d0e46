import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import { formatTime } from '../../../cards/card-format.js';
import { renderStatementCard } from '../../../cards/vendor-statement-card.js';
import { PDF_TYPE, statementPdf, statementXlsx, XLSX_TYPE } from './statement-export.js';
import type { StatementService, StatementView } from './statement-service.js';
import { StatementText } from './statement-text.js';
import type { ApprovedStatement } from './statement.js';
import { vt } from './vendor-messages.js';
import type { VendorPeople } from './vendor-people.js';
import { monthName } from '../../i18n/month-names.js';

/** A statement as the reader sees it (card) or receives it (XLSX, PDF through the file delivery port): the same amounts everywhere. */
export class StatementPresenter {
  constructor(private readonly d: { statements: StatementService; people: VendorPeople; files: FileDeliveryPort; config: DomainConfig }) {}

  /** The card for a view, or the sentence saying why there is none. */
  render(view: StatementView, userId: string, lang: Language, key: { vendor: string; district: string; month: string }): { card: object } | { text: string } {
    const text = new StatementText(this.d.config, lang);
    switch (view.kind) {
      case 'forbidden': return { text: vt(lang, 'statementForbidden') };
      case 'no-contract': return { text: vt(lang, 'statementNoContract', { vendor: text.vendor(key.vendor), district: text.district(key.district), month: monthName(lang, key.month) }) };
      case 'not-over': return { text: vt(lang, 'statementNotOver', { month: monthName(lang, key.month), from: formatTime(view.from.toISOString(), { lang, config: this.d.config }) }) };
      case 'draft':
      case 'approved': {
        const approved = view.kind === 'approved' ? view.statement : null;
        const viewer = this.d.people.isHead(userId) ? 'head' : this.d.people.contactOf(userId).includes(key.vendor) ? 'contact' : 'reader';
        return {
          card: renderStatementCard({
            content: approved ?? (view as Extract<StatementView, { kind: 'draft' }>).content, approved, draftHash: view.kind === 'draft' ? view.hash : null,
            disputes: view.disputes, viewer, approvedAtText: approved ? formatTime(approved.approvedAt, { lang, config: this.d.config }) : null,
          }, text),
        };
      }
    }
  }

  /** Offers the statement's XLSX or PDF to a person in their personal chat; returns the file name. */
  async deliver(statement: ApprovedStatement, format: 'xlsx' | 'pdf', recipient: string, lang: Language): Promise<string> {
    const text = new StatementText(this.d.config, lang);
    const bytes = format === 'xlsx' ? await statementXlsx(statement, text) : await statementPdf(statement, text);
    const name = `${statement.number}-${statement.vendor}-${statement.district}-${statement.month}.${format}`;
    await this.d.files.offer(recipient, {
      name, bytes, contentType: format === 'xlsx' ? XLSX_TYPE : PDF_TYPE,
      description: vt(lang, 'fileDescription', { number: statement.number, vendor: text.vendor(statement.vendor), district: text.district(statement.district), month: monthName(lang, statement.month) }),
    });
    return name;
  }
}
