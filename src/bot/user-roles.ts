import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { DirectoryPort } from '../services/ports.js';

/**
 * What a person is to the helpdesk, from config and the directory (never from what they type):
 * everyone is an employee; OIT team members are technicians, team leads and the head of OIT lead;
 * vendors' technicians; vendors' contract managers (the statement contact of a contract); rota
 * administrators; managers (people with direct reports in the directory); and organisation
 * managers (an organisation's `managers` in the config: its reports and IT costs).
 */
export type Role = 'employee' | 'technician' | 'teamLead' | 'head' | 'manager' | 'organisationManager' | 'vendorTechnician' | 'vendorContact' | 'rotaAdmin';

export class RoleResolver {
  constructor(private readonly config: DomainConfig, private readonly directory: DirectoryPort, private readonly logger: Logger) {}

  async roles(userId: string): Promise<ReadonlySet<Role>> {
    const id = userId.toLowerCase();
    const roles = new Set<Role>(['employee']);
    const { oit, vendors, oncall, organisations, contracts } = this.config;
    if (oit.teams.some((t) => t.members.some((m) => m.toLowerCase() === id))) roles.add('technician');
    if (oit.teams.some((t) => t.lead.toLowerCase() === id)) roles.add('teamLead');
    if (oit.head.toLowerCase() === id) roles.add('head');
    if (vendors.some((v) => v.technicians.some((m) => m.toLowerCase() === id))) roles.add('vendorTechnician');
    if (organisations.some((o) => o.managers.some((m) => m.toLowerCase() === id))) roles.add('organisationManager');
    if (contracts.list.some((c) => c.contact.aadObjectId.toLowerCase() === id)) roles.add('vendorContact');
    if (oncall.administrators.some((a) => a.toLowerCase() === id)) roles.add('rotaAdmin');
    if (await this.hasReports(userId)) roles.add('manager');
    return roles;
  }

  private async hasReports(userId: string): Promise<boolean> {
    try {
      return (await this.directory.getDirectReports(userId)).length > 0;
    } catch (err) {
      this.logger.warn({ userId, err: (err as Error).message }, 'directory unavailable: direct reports unknown');
      return false;
    }
  }
}
