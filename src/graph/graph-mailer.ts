import type { Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryPort } from '../services/ports.js';

/** Sends plain-text mail through Graph `POST /users/{from}/sendMail` (application permission Mail.Send). */
export class GraphMailer {
  constructor(private readonly client: Client, private readonly from: string, private readonly directory: DirectoryPort) {}

  /** To a directory user (their mail, else their UPN). Throws when Graph refuses (the caller moves on). */
  async send(toUserId: string, subject: string, text: string): Promise<void> {
    const user = await this.directory.getUser(toUserId);
    const address = user?.mail ?? user?.userPrincipalName;
    if (!address) throw new Error('the recipient has no mail address in the directory');
    await this.client.api(`/users/${encodeURIComponent(this.from)}/sendMail`).post({
      message: { subject, body: { contentType: 'Text', content: text }, toRecipients: [{ emailAddress: { address, name: user?.displayName ?? address } }] },
      saveToSentItems: false,
    });
  }
}
