/**
 * Local development: the bot + the Microsoft 365 Agents Playground (a local
 * Teams client in the browser), signed in as one of the personas.
 *
 *   npm run dev                          # bot + Playground as Alex on :56150
 *   npm run dev -- --as Megan            # as Megan (service-desk technician)
 *   HELPDESK_PERSONA=Lynne npm run dev   # the same through the environment
 *   npm run dev -- --as Alex,Megan       # two Playgrounds (:56150, :56151), one bot
 *   npm run dev -- --no-bot --as Adele --port 56152 --bot-url http://127.0.0.1:3978
 *                                        # one more Playground against a running bot
 *   npm run dev -- --bot test/e2e/fixtures/echo-bot.ts   # another bot entry
 *
 * Options:
 *   --as <names>      persona first name(s), comma-separated (default $HELPDESK_PERSONA or Alex):
 *                     Alex (employee), Megan (service desk), Adele (head of OIT),
 *                     Isaiah (SUS Klatovy), Patti (vendor), Lynne (network & servers)
 *   --port <n>        first Playground port (default 56150; the next persona gets n+1, …)
 *   --bot <entry>     bot entry run with tsx (default src/index.ts)
 *   --bot-port <n>    bot port (default $PORT or 3978)
 *   --bot-url <url>   the bot's base URL (default http://127.0.0.1:<bot-port>)
 *   --no-bot          do not start a bot, only Playground(s) against --bot-url
 *   --quiet           do not print the bot's output
 * The bot gets DATA_DIR from the environment (default ./data). Into a store that never had a ticket
 * the bot's first start seeds a twelve-month demo ticket history (DEMO_DATA=1, set here unless
 * DEMO_DATA=0 is in the environment; see src/demo-history.ts); it is never seeded again.
 * Each Playground runs in a temp dir with a config generated from
 * scripts/playground-personas.ts; no browser is opened, telemetry is off.
 * Ctrl+C stops everything.
 */
import { parseArgs } from 'node:util';
import { findPersona, type Persona } from './playground-personas.js';
import {
  startBotProcess,
  startPlaygroundProcess,
  type ManagedProcess,
  type PlaygroundProcess,
} from './playground-runner.js';

const { values } = parseArgs({
  options: {
    as: { type: 'string' },
    port: { type: 'string', default: '56150' },
    bot: { type: 'string', default: 'src/index.ts' },
    'bot-port': { type: 'string' },
    'bot-url': { type: 'string' },
    'no-bot': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('See the comment at the top of scripts/dev.ts for the options.');
  process.exit(0);
}

const personas: Persona[] = (values.as ?? process.env.HELPDESK_PERSONA ?? 'Alex')
  .split(',')
  .filter((s) => s.trim())
  .map((s) => findPersona(s));
const firstPort = Number(values.port);
const botPort = Number(values['bot-port'] ?? process.env.PORT ?? 3978);
const botUrl = values['bot-url'] ?? `http://127.0.0.1:${botPort}`;

/** Local mode only: a fixed token for trying the alert endpoint (ALERTS_TOKEN from the environment wins). */
const alertsToken = process.env.ALERTS_TOKEN ?? 'local-dev-alerts-token-not-a-secret';
let bot: ManagedProcess | undefined;
const playgrounds: PlaygroundProcess[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping…');
    await Promise.all(playgrounds.map((p) => p.stop()));
    await bot?.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  if (!values['no-bot']) {
    console.log(`Starting the bot (${values.bot}) on ${botUrl} …`);
    bot = await startBotProcess({
      entry: values.bot,
      port: botPort,
      dataDir: process.env.DATA_DIR ?? 'data',
      env: { ALERTS_TOKEN: alertsToken, DEMO_DATA: process.env.DEMO_DATA ?? '1' },
      echo: !values.quiet,
      timeoutMs: 180_000, // the first start seeds the demo history first (about 10-20 s)
    });
    void bot.exited.then((code) => {
      if (!stopping) {
        console.error(`The bot exited (${code}).`);
        void stopAll(1);
      }
    });
  }
  for (const [i, persona] of personas.entries()) {
    const pg = await startPlaygroundProcess({ persona, botUrl, port: firstPort + i });
    playgrounds.push(pg);
    const moved = pg.port !== firstPort + i ? ` (port ${firstPort + i} was taken)` : '';
    console.log(`Playground as ${persona.name} (${persona.role}): ${pg.url}${moved}`);
    console.log(`  its log: ${pg.dir}/devTools/m365agentsplayground.log`);
  }
  if (!values['no-bot']) {
    console.log(`Monitoring alerts: POST ${botUrl}/api/alerts with "Authorization: Bearer ${alertsToken}" (see README, On-call paging).`);
  }
  console.log('Open the URL(s) in a browser. Ctrl+C stops everything.');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await stopAll(1);
}
