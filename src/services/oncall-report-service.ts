import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { Language } from '../domain/tickets/ticket.js';
import type { StandbyCalculator } from '../domain/oncall/standby-calculator.js';
import { standbyCsv, type StandbyReportLine } from '../domain/oncall/standby-csv.js';
import type { OncallPeopleService } from './oncall-people-service.js';
import type { OncallRotaService } from './oncall-rota-service.js';
import { standbyCalculator } from './oncall-standby-totals.js';

/** A page someone received (`paged`), or time someone worked on an incident (acknowledged → resolved). */
export interface IncidentWork {
  personId: string;
  pagedAt: string;
  workedMinutes: number;
  paged: boolean;
}

/** Where pages and incident work come from (the paging service). */
export interface IncidentWorkPort {
  workBetween(from: Date, to: Date): Promise<IncidentWork[]>;
}


/** Writes an export file and says where it is; with a recipient, may also deliver it to them (Teams file consent). */
export interface ReportFileSink {
  write(fileName: string, content: string, recipient?: { id: string; lang: Language }): Promise<string>;
}

export type StandbyReportResult = { kind: 'forbidden' } | { kind: 'ok'; month: string; lines: StandbyReportLine[] };

/** Standby hours per person per month for payroll: who may see which people, the numbers, the CSV export. */
export class OncallReportService {
  private readonly calculator: StandbyCalculator;

  constructor(
    private readonly config: DomainConfig,
    private readonly rota: OncallRotaService,
    private readonly people: OncallPeopleService,
    private readonly incidents: IncidentWorkPort,
    private readonly files: ReportFileSink,
    private readonly logger: Logger,
  ) {
    this.calculator = standbyCalculator(config, rota.zone);
  }

  /** Everyone (head of OIT, rota administrators), the rotations of the teams they lead (team leads), or nobody. */
  scopeOf(userId: string): string[] | 'all' | null {
    if (userId === this.config.oit.head || this.rota.isAdministrator(userId)) return 'all';
    const led = new Set(this.config.oit.teams.filter((t) => t.lead === userId).map((t) => t.id));
    const rotations = this.config.oncall.rotations.filter((r) => led.has(r.team));
    return rotations.length > 0 ? [...new Set(rotations.flatMap((r) => r.members))] : null;
  }

  async monthReport(actorId: string, year: number, month: number): Promise<StandbyReportResult> {
    const scope = this.scopeOf(actorId);
    if (!scope) {
      this.logger.warn({ actorId }, 'standby report refused');
      return { kind: 'forbidden' };
    }
    const ids = scope === 'all' ? this.rota.rotaPeople() : scope;
    const bounds = this.calculator.monthBounds(year, month);
    const rota = this.rota.rota();
    const segments = rota.teamIds.flatMap((t) => rota.shiftsBetween(t, bounds.start, bounds.end));
    const work = await this.incidents.workBetween(bounds.start, bounds.end);
    const names = await this.people.names(ids);
    const label = `${year}-${String(month).padStart(2, '0')}`;
    const lines = ids.map((id): StandbyReportLine => {
      const m = this.calculator.forMonth(segments.filter((s) => s.personId === id), year, month);
      const mine = work.filter((w) => w.personId === id);
      return {
        personId: id, name: names.get(id) ?? id, month: label,
        weekdayNightHours: m.weekdayNight / 60, weekendHours: m.weekend / 60, holidayHours: m.holiday / 60,
        standbyHours: (m.weekdayNight + m.weekend + m.holiday) / 60,
        pages: mine.filter((w) => w.paged).length, incidentHours: mine.reduce((sum, w) => sum + w.workedMinutes, 0) / 60,
      };
    }).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
    return { kind: 'ok', month: label, lines };
  }

  /** The report as a CSV file for Czech Excel; its path, or forbidden. */
  async exportCsv(actorId: string, year: number, month: number, lang: Language): Promise<{ kind: 'forbidden' } | { kind: 'ok'; path: string; lines: number }> {
    const report = await this.monthReport(actorId, year, month);
    if (report.kind === 'forbidden') return report;
    const path = await this.files.write(`standby-${report.month}.csv`, standbyCsv(report.lines, lang), { id: actorId, lang });
    this.logger.info({ actorId, month: report.month, lines: report.lines.length }, 'standby report exported');
    return { kind: 'ok', path, lines: report.lines.length };
  }
}
