import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionCommand } from '../../../bench/production-command.js';
import { projectRoot } from '../../../src/config/project-root.js';

/** The benchmark's memory figure means something only if the bot runs there as it ships. */
describe('the bot\'s production command', () => {
  it('npm start, which the benchmark reads, sets the memory settings', () => {
    const { env, flags } = productionCommand();
    expect(env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(flags).toEqual(expect.arrayContaining(['--max-old-space-size=256', '--initial-old-space-size=64', '--max-semi-space-size=8', '--heap-growing-percent=15']));
  });

  it('the Docker image runs the bot with the same environment settings and Node flags as npm start', () => {
    const dockerfile = readFileSync(path.join(projectRoot(), 'deploy', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    const nodeOptions = /NODE_OPTIONS="([^"]*)"/u.exec(runtime)![1]!.split(' ');
    const cmd = JSON.parse(/^CMD (\[.*\])$/mu.exec(runtime)![1]!) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('dist/src/index.js');
    const { env, flags } = productionCommand();
    expect([...nodeOptions, ...cmd.slice(1, -1)].sort()).toEqual([...flags].sort());
    for (const [name, value] of Object.entries(env)) expect(runtime).toMatch(new RegExp(`^\\s*${name}=${value} \\\\$`, 'mu'));
  });
});
