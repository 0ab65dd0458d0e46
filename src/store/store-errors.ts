/** Failures of the store that stop the bot at start or refuse a write. */
export class StoreCorruptError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`The store file ${file} is corrupt or unreadable (${detail}). The bot will not start and will not touch the file: restore it from a backup or move it away.`);
    this.name = 'StoreCorruptError';
  }
}

export class StoreLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number) {
    super(`Another helpdesk bot (pid ${holderPid}) is already using the data directory ${dataDir}. Stop it first, or give this one its own DATA_DIR.`);
    this.name = 'StoreLockedError';
  }
}

export class StoreVersionError extends Error {
  constructor(readonly file: string, readonly found: number, readonly supported: number) {
    super(`The store file ${file} has schema version ${found}, newer than this bot supports (${supported}). Upgrade the bot.`);
    this.name = 'StoreVersionError';
  }
}

export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The store cannot write to disk: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}
