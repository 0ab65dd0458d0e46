import { z } from 'zod';

/** Runtime settings from the environment. Mode decides which keys are required. */

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a GUID');

const common = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATA_DIR: z.string().min(1).default('./data'),
  HELPDESK_CONFIG: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(512 * 1024),
  /** Bearer token of POST /api/alerts (monitoring systems); without it the endpoint answers 503. */
  ALERTS_TOKEN: z.string().min(24, 'at least 24 characters (a random secret)').optional(),
};

export const localEnvSchema = z.object({
  ...common,
  HOST: z.literal('127.0.0.1').default('127.0.0.1'),
  GRAPH_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Local mode only (demos, e2e tests): the bot's clock starts at this instant and runs on from there. */
  HELPDESK_FAKE_NOW: z.string().datetime({ offset: true }).optional(),
  /** Local mode only: "1" seeds a twelve-month demo ticket history into a store that never had a ticket (`npm run dev` sets it unless DEMO_DATA=0). */
  DEMO_DATA: z.enum(['0', '1']).default('0'),
  /**
   * Local mode: a Graph sandbox already running in its own process (`npm run graph-sandbox`) and the
   * CA certificate it wrote, instead of one in the bot's process (benchmarks: Graph is remote in production).
   */
  GRAPH_SANDBOX_URL: z.string().url().refine((u) => u.startsWith('https://'), 'an https:// URL').optional(),
  GRAPH_SANDBOX_CA_FILE: z.string().min(1).optional(),
}).superRefine((e, ctx) => addIssues(ctx, localDependencies(e)));

export const productionEnvSchema = z.object({
  ...common,
  HOST: z.string().min(1).default('0.0.0.0'),
  MicrosoftAppId: guid,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppTenantId: guid.optional(),
  ALLOWED_TENANTS: z.string().min(1).transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(guid).min(1)),
  GRAPH_BASE_URL: z.string().url().refine((u) => u.startsWith('https://'), 'an https:// URL').default('https://graph.microsoft.com/v1.0'),
  GRAPH_TENANT_ID: guid,
  GRAPH_CLIENT_ID: guid.optional(),
  GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: guid.optional(),
  HELPDESK_FAKE_NOW: z.undefined({ invalid_type_error: 'is for local mode only; production runs on the real clock' }),
}).superRefine((e, ctx) => addIssues(ctx, productionDependencies(e)));

/** A problem with settings that depend on each other: the key to fix and why. */
export interface DependencyIssue {
  path: [string];
  message: string;
}

type Raw = Record<string, unknown>;

/**
 * Settings that go together (local mode). A function of the raw values too: zod runs a schema's
 * refinements only when every key parsed, and a start must name every problem at once.
 */
export function localDependencies(e: Raw): DependencyIssue[] {
  if (Boolean(e.GRAPH_SANDBOX_URL) === Boolean(e.GRAPH_SANDBOX_CA_FILE)) return [];
  return [{ path: [e.GRAPH_SANDBOX_URL ? 'GRAPH_SANDBOX_CA_FILE' : 'GRAPH_SANDBOX_URL'], message: 'GRAPH_SANDBOX_URL and GRAPH_SANDBOX_CA_FILE go together' }];
}

/** Settings that depend on each other (production mode), from parsed or raw values (see `localDependencies`). */
export function productionDependencies(e: Raw): DependencyIssue[] {
  const issues: DependencyIssue[] = [];
  const type = e.MicrosoftAppType ?? 'SingleTenant';
  if (type === 'UserAssignedMSI') {
    if (e.MicrosoftAppPassword) issues.push({ path: ['MicrosoftAppPassword'], message: 'must be empty with MicrosoftAppType=UserAssignedMSI' });
  } else if ((type === 'SingleTenant' || type === 'MultiTenant') && !e.MicrosoftAppPassword) {
    issues.push({ path: ['MicrosoftAppPassword'], message: `is required with MicrosoftAppType=${type} (or use UserAssignedMSI)` });
  }
  if ((type === 'SingleTenant' || type === 'UserAssignedMSI') && !e.MicrosoftAppTenantId) {
    issues.push({ path: ['MicrosoftAppTenantId'], message: `is required with MicrosoftAppType=${type}` });
  }
  const secret = Boolean(e.GRAPH_CLIENT_ID && e.GRAPH_CLIENT_SECRET);
  if (!secret && !e.GRAPH_MANAGED_IDENTITY_CLIENT_ID) {
    issues.push({ path: ['GRAPH_CLIENT_SECRET'], message: 'Graph credentials are required: GRAPH_CLIENT_ID + GRAPH_CLIENT_SECRET, or GRAPH_MANAGED_IDENTITY_CLIENT_ID' });
  }
  return issues;
}

function addIssues(ctx: z.RefinementCtx, issues: DependencyIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

export type LocalEnv = z.infer<typeof localEnvSchema>;
export type ProductionEnv = z.infer<typeof productionEnvSchema>;
