import { describe, expect, it } from 'vitest';
import { CachedDirectory } from '../../../src/graph/cached-directory.js';
import type { DirectoryPort, DirectoryUser } from '../../../src/services/ports.js';

function person(id: string, displayName = `User ${id}`): DirectoryUser {
  return {
    id, displayName, givenName: null, surname: null, userPrincipalName: `${id}@kraj.example`, mail: null,
    department: 'OIT', jobTitle: 'referent', officeLocation: 'Krajský úřad, Škroupova 18', city: 'Plzeň-město', companyName: null, accountEnabled: true,
  };
}

/** A directory that counts its look-ups; `fail` makes the next look-ups throw as Graph being down would. */
function countingDirectory() {
  const calls = { getUser: 0, getDirectReports: 0 };
  const state = { fail: false, known: new Map([['a', person('a')], ['b', person('b')], ['c', person('c')]]) };
  const inner: DirectoryPort = {
    async getUser(id) {
      calls.getUser++;
      if (state.fail) throw new Error('directory down');
      return state.known.get(id.toLowerCase()) ?? null;
    },
    async getManager() { return null; },
    async getDirectReports(id) {
      calls.getDirectReports++;
      return [person(`${id}-1`), person(`${id}-2`)];
    },
    async searchUsers() { return []; },
  };
  return { inner, calls, state };
}

function clockAt(ms: number) {
  const clock = { t: ms, now: () => new Date(clock.t) };
  return clock;
}

describe('CachedDirectory', () => {
  it('answers a repeated look-up from the cache until the time to live runs out', async () => {
    const { inner, calls } = countingDirectory();
    const clock = clockAt(0);
    const directory = new CachedDirectory(inner, clock, { ttlMs: 1000, maxEntries: 10 });
    expect((await directory.getUser('a'))?.displayName).toBe('User a');
    expect((await directory.getUser('A'))?.displayName).toBe('User a');
    expect(calls.getUser).toBe(1);
    clock.t = 999;
    await directory.getUser('a');
    expect(calls.getUser).toBe(1);
    clock.t = 1000;
    await directory.getUser('a');
    expect(calls.getUser).toBe(2);
  });

  it('caches "no such user" but never a failure', async () => {
    const { inner, calls, state } = countingDirectory();
    const directory = new CachedDirectory(inner, clockAt(0), { ttlMs: 1000, maxEntries: 10 });
    expect(await directory.getUser('nobody')).toBeNull();
    expect(await directory.getUser('nobody')).toBeNull();
    expect(calls.getUser).toBe(1);
    state.fail = true;
    await expect(directory.getUser('b')).rejects.toThrow('directory down');
    state.fail = false;
    expect((await directory.getUser('b'))?.id).toBe('b');
    expect(calls.getUser).toBe(3);
  });

  it('hands out frozen answers, so a caller cannot change what the next one reads', async () => {
    const { inner } = countingDirectory();
    const directory = new CachedDirectory(inner, clockAt(0), { ttlMs: 1000, maxEntries: 10 });
    const user = (await directory.getUser('a'))!;
    expect(() => { (user as { displayName: string }).displayName = 'Someone else'; }).toThrow(TypeError);
    expect((await directory.getUser('a'))?.displayName).toBe('User a');
    const reports = await directory.getDirectReports('a');
    expect(() => reports.push(person('x'))).toThrow(TypeError);
    expect(() => { (reports[0] as { jobTitle: string | null }).jobTitle = 'boss'; }).toThrow(TypeError);
    expect((await directory.getDirectReports('a')).map((r) => r.jobTitle)).toEqual(['referent', 'referent']);
  });

  it('asks the directory once for concurrent look-ups of one person; a shared failure is not kept', async () => {
    const { inner, calls, state } = countingDirectory();
    const directory = new CachedDirectory(inner, clockAt(0), { ttlMs: 1000, maxEntries: 10 });
    const [a1, a2, b] = await Promise.all([directory.getUser('a'), directory.getUser('A'), directory.getUser('b')]);
    expect([a1?.id, a2?.id, b?.id]).toEqual(['a', 'a', 'b']);
    expect(calls.getUser).toBe(2);
    state.fail = true;
    const failed = await Promise.allSettled([directory.getUser('c'), directory.getUser('c')]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect(calls.getUser).toBe(3);
    state.fail = false;
    expect((await directory.getUser('c'))?.id).toBe('c');
    expect(calls.getUser).toBe(4);
  });

  it('keeps at most maxEntries answers, dropping the oldest', async () => {
    const { inner, calls } = countingDirectory();
    const directory = new CachedDirectory(inner, clockAt(0), { ttlMs: 60_000, maxEntries: 2 });
    await directory.getUser('a');
    await directory.getUser('b');
    await directory.getUser('c');
    expect(calls.getUser).toBe(3);
    await directory.getUser('c');
    await directory.getUser('b');
    expect(calls.getUser).toBe(3);
    await directory.getUser('a');
    expect(calls.getUser).toBe(4);
  });
});
