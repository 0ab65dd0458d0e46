import type { JsonStore } from './json-store.js';

const COLLECTION = 'ticketChannelPosts';

/** Where a ticket's card was posted in its team's channel, to update it in place. */
export interface TicketPost {
  teamId: string;
  channelId: string;
  activityId: string;
}

export class TicketPostRepository {
  constructor(private readonly store: JsonStore) {}

  get(ticketId: string): TicketPost | undefined {
    const post = this.store.get<TicketPost>(COLLECTION, ticketId);
    return post ? { ...post } : undefined;
  }

  async save(ticketId: string, post: TicketPost): Promise<void> {
    await this.store.commit([{ c: COLLECTION, k: ticketId, v: { ...post } }]);
  }
}
