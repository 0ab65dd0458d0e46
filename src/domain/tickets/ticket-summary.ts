import type { TicketStatus } from './ticket-lifecycle.js';

/** What lists show of a ticket; kept in memory for archived tickets too. */
export interface TicketSummary {
  id: string;
  status: TicketStatus;
  title: string;
  createdAt: string;
  requesterId: string;
}
