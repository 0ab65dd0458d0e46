import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import { formatCivilDate, fromEpochDay, toEpochDay, type CivilDate } from '../domain/calendar/civil-date.js';
import { ZonedTime } from '../domain/calendar/zoned-time.js';
import { Rota, type OnCallNow, type RotaSegment } from '../domain/oncall/rota.js';
import type { RotaOverride } from '../domain/oncall/rota-override.js';
import { WeeklyRotation } from '../domain/oncall/weekly-rotation.js';
import type { RotaStorePort } from './store-ports.js';
import type { Clock } from './ports.js';

export interface CoverRequest {
  coverId: string;
  absentId: string;
  /** Local dates "YYYY-MM-DD", both inclusive. */
  fromDate: string;
  toDate: string;
}

export type CoverResult =
  | { kind: 'forbidden' }
  | { kind: 'invalid'; reason: 'range' | 'same-person' | 'not-in-rota' }
  | { kind: 'done'; override: RotaOverride; covered: RotaSegment[] };

/** The rota: weekly rotations from config, overrides from the store; questions and covers by rota administrators. */
export class OncallRotaService {
  readonly zone: ZonedTime;
  private readonly rotations: WeeklyRotation[];

  constructor(private readonly config: DomainConfig, private readonly repository: RotaStorePort, private readonly clock: Clock, private readonly logger: Logger) {
    this.zone = new ZonedTime(config.timezone);
    this.rotations = config.oncall.rotations.map((r) => new WeeklyRotation(
      { teamId: r.team, members: r.members, startDate: r.startWeek, handoverTime: r.handover.time }, this.zone));
  }

  /** The effective rota as of now (overrides read from the store each time). */
  rota(): Rota {
    return new Rota(this.rotations, this.repository.overrides());
  }

  now(): Date {
    return this.clock.now();
  }

  whoIsOnCall(teamId: string, at: Date): string | null {
    return this.rota().whoIsOnCall(teamId, at);
  }

  nextShifts(personId: string, from: Date, count: number): RotaSegment[] {
    return this.rota().nextShifts(personId, from, count);
  }

  shiftsBetween(teamId: string, from: Date, to: Date): RotaSegment[] {
    return this.rota().shiftsBetween(teamId, from, to);
  }

  /** Who is on call and who is next, for every team with a rotation or for one. */
  overview(at: Date, teamId?: string): OnCallNow[] {
    const rota = this.rota();
    const teams = teamId ? [teamId] : rota.teamIds;
    return teams.map((t) => rota.onCallNow(t, at)).filter((x): x is OnCallNow => x !== null);
  }

  isAdministrator(userId: string): boolean {
    return this.config.oncall.administrators.includes(userId);
  }

  /** Everyone in some rotation. */
  rotaPeople(): string[] {
    return [...new Set(this.config.oncall.rotations.flatMap((r) => r.members))];
  }

  /** Today's local date in the organisation's zone. */
  today(): CivilDate {
    const p = this.zone.toParts(this.clock.now());
    return { year: p.year, month: p.month, day: p.day };
  }

  /** The instant of a local date's wall-clock minute (DST-correct). */
  instantOf(date: string, minuteOfDay: number): Date {
    const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
    const [ms = NaN] = this.zone.instantsOfDay({ year, month, day }, [minuteOfDay]);
    return new Date(ms);
  }

  /** A rota administrator's cover: `coverId` stands in for `absentId` in every team, from the first day 00:00 to the day after the last. */
  async addCover(actorId: string, request: CoverRequest): Promise<CoverResult> {
    if (!this.isAdministrator(actorId)) {
      this.logger.warn({ actorId }, 'rota change refused: not a rota administrator');
      return { kind: 'forbidden' };
    }
    if (request.coverId === request.absentId) return { kind: 'invalid', reason: 'same-person' };
    if (request.toDate < request.fromDate) return { kind: 'invalid', reason: 'range' };
    const people = this.rotaPeople();
    if (!people.includes(request.absentId)) return { kind: 'invalid', reason: 'not-in-rota' };
    const from = this.instantOf(request.fromDate, 0);
    const [y = NaN, m = NaN, d = NaN] = request.toDate.split('-').map(Number);
    const to = this.instantOf(dateAfter({ year: y, month: m, day: d }), 0);
    const override: RotaOverride = {
      id: randomUUID(), kind: 'cover', teamId: null, from: from.toISOString(), to: to.toISOString(),
      absentId: request.absentId, coverId: request.coverId, seq: this.repository.nextSeq(),
      createdAt: this.clock.now().toISOString(), createdBy: actorId,
    };
    await this.repository.addOverride(override);
    const rota = this.rota();
    const covered = rota.teamIds.flatMap((t) => rota.shiftsBetween(t, from, to)).filter((s) => s.personId === request.coverId && s.overridden);
    this.logger.info({ actorId, overrideId: override.id, absentId: request.absentId, coverId: request.coverId, from: override.from, to: override.to }, 'rota cover added');
    return { kind: 'done', override, covered };
  }
}

function dateAfter(date: CivilDate): string {
  return formatCivilDate(fromEpochDay(toEpochDay(date) + 1));
}
