/**
 * The import resolver eslint-plugin-boundaries uses (eslint-module-utils' resolver interface v2),
 * for NodeNext TypeScript: a relative `./x.js` names `./x.ts` (or `./x/index.ts`). Packages and
 * Node's built-ins are reported found without a path: the boundaries are drawn between our own
 * folders, and which packages a layer may import is checked by `no-restricted-imports`.
 */
const fs = require('node:fs');
const path = require('node:path');

exports.interfaceVersion = 2;

exports.resolve = (source, file) => {
  if (!source.startsWith('.')) return { found: true, path: null };
  const base = path.resolve(path.dirname(file), source);
  const stem = base.replace(/\.(js|mjs|cjs)$/u, '');
  const candidates = [`${stem}.ts`, `${stem}.mts`, `${stem}.cts`, base, path.join(base, 'index.ts')];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  return found ? { found: true, path: found } : { found: false };
};
