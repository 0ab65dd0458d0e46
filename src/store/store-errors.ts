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

type IoAction = 'read' | 'write' | 'create' | 'lock' | 'use';

/** A store file could not be read or written at start: names the file, the cause and what to do. */
export class StoreIoError extends Error {
  readonly file: string;
  constructor(file: string, action: IoAction, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    const named = (cause as NodeJS.ErrnoException)?.path ?? file;
    super(`The store cannot ${action} ${named}: ${(cause as Error)?.message ?? String(cause)}. ${ADVICE[code ?? ''] ?? 'Check the disk and the file, then start the bot again.'}`);
    this.name = 'StoreIoError';
    this.file = named;
  }
}

const ADVICE: Record<string, string> = {
  ENOSPC: 'The disk is full: free space on the volume that holds DATA_DIR (or give it a bigger one), then start the bot again. Nothing was lost.',
  EDQUOT: 'The disk quota is used up: free space or raise the quota of the volume that holds DATA_DIR, then start the bot again.',
  EACCES: 'The bot may not use it: give the user the bot runs as read and write access to DATA_DIR, then start the bot again.',
  EPERM: 'The bot may not use it: give the user the bot runs as read and write access to DATA_DIR, then start the bot again.',
  EROFS: 'The volume is read-only: mount DATA_DIR read-write, then start the bot again.',
  EISDIR: 'It is a directory where the bot expects a file: move the directory away, restore the file from a backup if you have one, then start the bot again.',
  ENOTDIR: 'A part of the path is a file where the bot expects a directory: check DATA_DIR.',
  EIO: 'The disk reported an input/output error: check the disk, restore the data directory from a backup if needed.',
};

/** Runs a file operation of the store; an error that is not already the store's own is reported naming the file. */
export function io<T>(file: string, action: IoAction, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw isStoreError(err) ? err : new StoreIoError(file, action, err);
  }
}

export async function ioAsync<T>(file: string, action: IoAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw isStoreError(err) ? err : new StoreIoError(file, action, err);
  }
}

export function isStoreError(err: unknown): boolean {
  return err instanceof StoreCorruptError || err instanceof StoreLockedError || err instanceof StoreVersionError || err instanceof StoreIoError;
}
