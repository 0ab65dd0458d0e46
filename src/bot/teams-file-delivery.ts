import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Language } from '../domain/tickets/ticket.js';
import type { FileDeliveryPort, OutgoingFile } from '../services/file-delivery-port.js';
import type { Clock } from '../services/ports.js';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { PendingFileRepository } from '../store/pending-file-repository.js';
import { continueProactively, type ProactiveAdapter } from './proactive.js';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/** What Teams sends in a `fileConsent/invoke` (TeamsActivityHandler.handleTeamsFileConsent). */
export interface FileConsentResponse {
  action?: string;
  context?: unknown;
  uploadInfo?: { name?: string; uploadUrl?: string; contentUrl?: string; uniqueId?: string; fileType?: string };
}

export interface TeamsFileDeliveryDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  pending: PendingFileRepository;
  clock: Clock;
  logger: Logger;
  language(userId: string): Language;
  /** How long an offered file waits for the answer; default 24 h. */
  expiresAfterMs?: number;
  /** The HTTP client for the upload (tests may pass their own). */
  fetch?: typeof fetch;
}

const SAY = {
  declined: { cs: 'Dobře, soubor {name} neposílám.', en: 'OK, I will not send {name}.' },
  expired: { cs: 'Tato nabídka souboru už vypršela. Požádejte mě o export znovu.', en: 'This file offer has expired. Please ask me for the export again.' },
  failed: { cs: 'Soubor se nepodařilo nahrát. Zkuste to prosím znovu.', en: 'The file could not be uploaded. Please try again.' },
  noChat: { cs: 'no personal chat', en: 'no personal chat' },
} as const;

/**
 * Files to a person in Teams by the bots' file-consent flow (personal chat only): a consent card
 * (the file waits in the store) → the person accepts → the bytes are PUT to the upload URL Teams
 * gives (one range, `Content-Range: bytes 0-(n-1)/n`) → a file-info card in the chat. Declined or
 * expired offers are dropped. Only the person the file was offered to can accept it.
 */
export class TeamsFileDelivery implements FileDeliveryPort {
  constructor(private readonly deps: TeamsFileDeliveryDeps) {}

  async offer(recipientAadObjectId: string, file: OutgoingFile): Promise<void> {
    const reference = this.deps.conversationRefs.get(recipientAadObjectId);
    if (!reference) throw new Error(SAY.noChat.en);
    const now = this.deps.clock.now();
    const pending = await this.deps.pending.add({
      recipient: recipientAadObjectId, name: file.name, contentType: file.contentType, description: file.description,
      data: Buffer.from(file.bytes).toString('base64'), size: file.bytes.length,
      expiresAt: new Date(now.getTime() + (this.deps.expiresAfterMs ?? 86_400_000)).toISOString(),
    }, now);
    const failure = await continueProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
      await context.sendActivity({
        attachments: [{
          contentType: FILE_CONSENT_CARD, name: file.name,
          content: { description: file.description, sizeInBytes: file.bytes.length, acceptContext: { fileId: pending.id }, declineContext: { fileId: pending.id } },
        }],
      });
    });
    if (failure) {
      await this.deps.pending.remove(pending.id);
      throw failure instanceof Error ? failure : new Error('consent card not sent');
    }
    this.deps.logger.info({ userId: recipientAadObjectId, fileId: pending.id, bytes: file.bytes.length }, 'file offered');
  }

  /** `fileConsent/invoke` with action accept or decline, from the activity's sender. */
  async answer(context: TurnContext, response: FileConsentResponse): Promise<void> {
    const userId = context.activity.from?.aadObjectId ?? '';
    const lang = this.deps.language(userId);
    const fileId = (response.context as { fileId?: unknown } | undefined)?.fileId;
    const file = typeof fileId === 'string' ? this.deps.pending.get(fileId, this.deps.clock.now()) : undefined;
    if (!file || file.recipient !== userId) {
      this.deps.logger.warn({ userId, fileId }, 'file consent for an unknown, expired or someone else\'s file');
      await context.sendActivity(SAY.expired[lang]);
      return;
    }
    if (response.action !== 'accept') {
      await this.deps.pending.remove(file.id);
      await context.sendActivity(SAY.declined[lang].replace('{name}', file.name));
      return;
    }
    const info = response.uploadInfo ?? {};
    try {
      await this.upload(info.uploadUrl ?? '', Buffer.from(file.data, 'base64'));
    } catch (err) {
      this.deps.logger.error({ userId, fileId: file.id, err: (err as Error).message }, 'file upload failed');
      await context.sendActivity(SAY.failed[lang]);
      return;
    }
    await this.deps.pending.remove(file.id);
    await context.sendActivity({
      attachments: [{ contentType: FILE_INFO_CARD, contentUrl: info.contentUrl, name: info.name ?? file.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } }],
    });
    this.deps.logger.info({ userId, fileId: file.id, bytes: file.size }, 'file uploaded');
  }

  private async upload(url: string, bytes: Buffer): Promise<void> {
    if (!/^https?:\/\//u.test(url)) throw new Error('no upload URL');
    const res = await (this.deps.fetch ?? fetch)(url, {
      method: 'PUT',
      headers: { 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
    });
    if (!res.ok) throw new Error(`upload answered ${res.status}`);
  }
}
