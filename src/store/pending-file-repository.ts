import { randomUUID } from 'node:crypto';
import type { JsonStore } from './json-store.js';

const FILES = 'pendingFiles';

/** A file offered to a person and not yet accepted or declined (its bytes kept until then, or until it expires). */
export interface PendingFile {
  id: string;
  recipient: string;
  name: string;
  contentType: string;
  description: string;
  /** The bytes, base64. */
  data: string;
  size: number;
  expiresAt: string;
}

/** Files waiting for the recipient's consent, durably (an accept after a restart still uploads). */
export class PendingFileRepository {
  constructor(private readonly store: JsonStore) {}

  async add(file: Omit<PendingFile, 'id'>, now: Date): Promise<PendingFile> {
    const pending = { id: randomUUID(), ...file };
    const expired = this.store.values<PendingFile>(FILES).filter((f) => Date.parse(f.expiresAt) <= now.getTime());
    await this.store.commit([{ c: FILES, k: pending.id, v: pending }, ...expired.map((f) => ({ c: FILES, k: f.id, d: true as const }))]);
    return pending;
  }

  /** The pending file, if it is still there and not expired. */
  get(id: string, now: Date): PendingFile | undefined {
    const file = this.store.get<PendingFile>(FILES, id);
    return file && Date.parse(file.expiresAt) > now.getTime() ? file : undefined;
  }

  async remove(id: string): Promise<void> {
    if (this.store.get(FILES, id)) await this.store.commit([{ c: FILES, k: id, d: true }]);
  }
}
