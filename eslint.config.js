// Lint: typescript-eslint's recommended rules, and the layers as import boundaries
// (eslint-plugin-boundaries). Dependencies point inwards:
//   domain (pure rules) ← services (use cases and their ports) ← capabilities, bot, dialogs, cards (the Teams edge)
//   store, graph, triage, jobs implement the services' ports; config is the validated configuration's
//   schema (the innermost kernel, with i18n and logging); compose.ts and index.ts wire everything.
// Only the Teams edge imports botbuilder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Element type → the element types its files may import (besides their own). */
const LAYERS = {
  config: [],
  logging: [],
  domain: ['config'],
  i18n: ['domain', 'config'],
  services: ['domain', 'config', 'i18n'],
  store: ['services', 'domain', 'config'],
  graph: ['services', 'domain', 'config', 'logging'],
  triage: ['services', 'domain', 'config'],
  // the intent engine: reads messages as the capabilities' declared intents (with triage's text tools)
  intents: ['triage', 'services', 'domain', 'config'],
  jobs: ['services', 'domain', 'config', 'store'],
  // a card builder may use the types and messages of the capability it draws for
  cards: ['domain', 'config', 'i18n', 'capability'],
  dialogs: ['cards', 'services', 'domain', 'config', 'i18n'],
  bot: ['dialogs', 'cards', 'services', 'domain', 'config', 'i18n', 'store', 'intents'],
  // a capability's module composes its graph: it may build its repositories, jobs and Graph parts
  capability: ['bot', 'dialogs', 'cards', 'services', 'domain', 'config', 'i18n', 'store', 'graph', 'triage', 'intents', 'jobs', 'root'],
  // compose.ts, index.ts (everything), server.ts and the alert endpoint
  root: ['capability', 'bot', 'dialogs', 'cards', 'services', 'domain', 'config', 'i18n', 'logging', 'store', 'graph', 'triage', 'intents', 'jobs'],
};

/** No deep imports into an SDK's lib/: public APIs only. */
const SDK_LIB = { regex: '^(botbuilder|botbuilder-[a-z-]+|botframework-[a-z-]+)/', message: 'Public API only: import from the package entry, never its lib/.' };
/** Outside the Teams edge (bot, capabilities, dialogs, cards, the HTTP edge, the composition root): no Bot Framework SDK. */
const SDK = { regex: '^(botbuilder|botbuilder-[a-z-]+|botframework-[a-z-]+)$', message: 'Only the Teams edge (src/bot, src/capabilities, dialogs, cards) imports the Bot Framework SDK.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'deploy/build/**', 'test/e2e/screenshots/**', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'dialogs/**/*.ts', 'cards/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { [path.join(root, 'scripts/eslint-import-resolver.cjs')]: {} },
      'boundaries/root-path': root,
      'boundaries/elements': [
        { type: 'config', pattern: 'src/config', partialMatch: false },
        { type: 'logging', pattern: 'src/logging', partialMatch: false },
        { type: 'domain', pattern: 'src/domain', partialMatch: false },
        { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
        { type: 'services', pattern: 'src/services', partialMatch: false },
        { type: 'store', pattern: 'src/store', partialMatch: false },
        { type: 'graph', pattern: 'src/graph', partialMatch: false },
        { type: 'triage', pattern: 'src/triage', partialMatch: false },
        { type: 'intents', pattern: 'src/intents', partialMatch: false },
        { type: 'jobs', pattern: 'src/jobs', partialMatch: false },
        { type: 'bot', pattern: 'src/bot', partialMatch: false },
        // every folder under src/capabilities/ is a capability (new ones need no change here); the
        // CapabilityModule contract beside them too
        { type: 'capability', pattern: 'src/capabilities/*', partialMatch: false, capture: ['name'] },
        { type: 'dialogs', pattern: 'dialogs', partialMatch: false },
        { type: 'cards', pattern: 'cards', partialMatch: false },
        // what is left at the top of src/: the composition root and entry, the HTTP server and the alert endpoint
        { type: 'root', pattern: 'src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: [
          ...Object.entries(LAYERS).map(([type, allowed]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
          })),
          // packages, Node's built-ins: allowed, but botbuilder only at the Teams edge
          { allow: { to: { module: { origin: 'external' } } } },
          { allow: { to: { module: { origin: 'core' } } } },
        ],
      }],
      'no-restricted-imports': ['error', { patterns: [SDK_LIB] }],
    },
  },
  {
    files: ['src/config/**', 'src/logging/**', 'src/domain/**', 'src/i18n/**', 'src/services/**', 'src/store/**', 'src/graph/**', 'src/triage/**', 'src/jobs/**'],
    ignores: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SDK_LIB, SDK] }] },
  },
  {
    // the store keeps conversation references (Bot Framework data: types only), and its two
    // botbuilder Storage adapters keep conversation state in the store
    files: ['src/store/**'],
    ignores: ['src/store/bot-state-storage.ts', 'src/store/json-conversation-state.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SDK_LIB, { ...SDK, allowTypeImports: true }] }],
    },
  },
  {
    // the evaluation CLI gathers every capability's intent declarations, as the composition root does
    files: ['src/intents/all-intents.ts'],
    rules: { 'boundaries/dependencies': 'off' },
  },
);
