import type { DomainConfig } from '../../config/domain-schema.js';
import type { VendorTask } from './vendor-task.js';

/**
 * Who is who for vendors, from config only: a vendor's technicians (vendors[].technicians), its
 * contract manager (the statement contact of its contracts), OIT's teams and the head of OIT.
 */
export class VendorPeople {
  constructor(private readonly config: Pick<DomainConfig, 'vendors' | 'oit' | 'contracts'>) {}

  /** The vendors the user works tasks for. */
  technicianOf(userId: string): string[] {
    return this.config.vendors.filter((v) => v.technicians.includes(userId)).map((v) => v.id);
  }

  /** The vendors whose statements the user receives (contract manager). */
  contactOf(userId: string): string[] {
    return [...new Set(this.config.contracts.list.filter((c) => c.contact.aadObjectId === userId).map((c) => c.vendor))];
  }

  /** Anyone working for a vendor: never an OIT technician on a ticket. */
  isVendorStaff(userId: string): boolean {
    return this.technicianOf(userId).length > 0 || this.contactOf(userId).length > 0;
  }

  isHead(userId: string): boolean {
    return userId === this.config.oit.head;
  }

  /** A technician of the task's vendor: works it. */
  works(userId: string, task: Pick<VendorTask, 'vendor'>): boolean {
    return this.config.vendors.some((v) => v.id === task.vendor && v.technicians.includes(userId));
  }

  /** The OIT team that gave the task (members and lead) or the head of OIT: decides on the work report. */
  decides(userId: string, task: Pick<VendorTask, 'team'>): boolean {
    if (this.isHead(userId)) return true;
    const team = this.config.oit.teams.find((t) => t.id === task.team);
    return Boolean(team && (team.members.includes(userId) || team.lead === userId));
  }

  /** Reads the vendor's statements: the head of OIT (approves them) and the vendor's contract manager. */
  readsStatementsOf(userId: string, vendor: string): boolean {
    return this.isHead(userId) || this.contactOf(userId).includes(vendor);
  }

  /** The vendor's technicians (their chats get the task cards). */
  techniciansOf(vendor: string): string[] {
    return this.config.vendors.find((v) => v.id === vendor)?.technicians ?? [];
  }

  vendorName(vendor: string): string {
    return this.config.vendors.find((v) => v.id === vendor)?.name ?? vendor;
  }

  team(id: string | null): DomainConfig['oit']['teams'][number] | undefined {
    return this.config.oit.teams.find((t) => t.id === id);
  }
}
