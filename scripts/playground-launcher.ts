/**
 * Runs the Microsoft 365 Agents Playground CLI (same arguments as
 * `agentsplayground`) with two changes, made by wrapping JSON.parse while the
 * bundled CLI loads (nothing in node_modules is changed):
 *
 * 1. Its config schema allows only one channel besides General, and our team
 *    "OIT" has two ("Service desk", "Síť a servery"). The schema is created by
 *    `JSON.parse('{"$id":"…/config.schema.json",…}')`; `team.channels.maxItems`
 *    is raised in that one object. The server and web client handle more
 *    channels fine.
 * 2. Telemetry: `--dt` stops its events, but the CLI still starts an
 *    Application Insights client (heartbeat, statsbeat) whenever it finds its
 *    instrumentation key in dist/server/config.json. That file's `aiKey` is
 *    read as empty, so no client is created and nothing tries to go out.
 */
import { createRequire } from 'node:module';

const SCHEMA_ID_PREFIX = '{"$id":"https://aka.ms/teams-app-test-tool-config/';
const MAX_CHANNELS = 10;

interface ChannelsSchema {
  properties?: { team?: { properties?: { channels?: { maxItems?: number } } } };
}

function isTelemetryConfig(value: unknown): value is { aiKey: string } {
  return typeof value === 'object' && value !== null && typeof (value as { aiKey?: unknown }).aiKey === 'string';
}

const originalParse = JSON.parse;
JSON.parse = function parse(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
  const value: unknown = originalParse(text, reviver);
  if (isTelemetryConfig(value)) {
    value.aiKey = '';
  } else if (typeof text === 'string' && text.startsWith(SCHEMA_ID_PREFIX)) {
    const channels = (value as ChannelsSchema).properties?.team?.properties?.channels;
    if (channels && typeof channels.maxItems === 'number') channels.maxItems = MAX_CHANNELS;
  }
  return value;
};

const require = createRequire(import.meta.url);
const cli = require('@microsoft/m365agentsplayground/dist/index.js') as { start(): Promise<void> };
process.on('uncaughtException', (err) => {
  console.error(err);
  process.exit(1);
});
await cli.start();
