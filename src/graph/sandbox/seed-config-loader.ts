import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The part of the domain configuration (config/demo.yaml) the demo directory is built from.
 * A structural subset of DomainConfig, so the app's validated config can be passed as it is.
 */
const seedConfigSchema = z.object({
  organisations: z.array(z.object({ id: z.string(), name: z.object({ cs: z.string() }), domain: z.string() })).min(1),
  districts: z.array(z.object({ id: z.string(), name: z.string(), vendor: z.string() })),
  sites: z.array(z.object({
    id: z.string(), name: z.string(), organisation: z.string(), district: z.string(), remote: z.boolean().default(false),
  })),
  vendors: z.array(z.object({ id: z.string(), name: z.string(), technicians: z.array(z.string()) })).default([]),
  oit: z.object({
    teams: z.array(z.object({ id: z.string(), name: z.object({ cs: z.string() }), members: z.array(z.string()) })),
  }).optional(),
});

export type SeedConfig = z.infer<typeof seedConfigSchema>;

/** Reads and checks the YAML file; throws an Error naming the file when it is unusable. */
export function loadSeedConfig(file: string): SeedConfig {
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  const parsed = seedConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: not a usable seed configuration (${issues})`);
  }
  return parsed.data;
}
