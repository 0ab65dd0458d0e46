/** A ticket's SLA deadlines, as its cards show them. */
export interface SlaDeadlines {
  responseDue: Date | null;
  resolutionDue: Date | null;
  paused: boolean;
}
