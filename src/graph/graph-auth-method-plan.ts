/** One registered authentication method as Graph lists it (typed by @odata.type). */
export interface RegisteredMethod {
  '@odata.type'?: string;
  id: string;
  phoneType?: string;
}

/** Segment of `/users/{id}/authentication/{collection}/{methodId}` for each removable method type. */
const COLLECTIONS: Readonly<Record<string, string>> = {
  '#microsoft.graph.phoneAuthenticationMethod': 'phoneMethods',
  '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod': 'microsoftAuthenticatorMethods',
  '#microsoft.graph.fido2AuthenticationMethod': 'fido2Methods',
  '#microsoft.graph.emailAuthenticationMethod': 'emailMethods',
  '#microsoft.graph.softwareOathAuthenticationMethod': 'softwareOathMethods',
  '#microsoft.graph.temporaryAccessPassAuthenticationMethod': 'temporaryAccessPassMethods',
  '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod': 'windowsHelloForBusinessMethods',
};

const PASSWORD = '#microsoft.graph.passwordAuthenticationMethod';

/**
 * Which methods to delete for an MFA reset, in a safe order: never the password; the alternate
 * mobile phone before the mobile one (Graph refuses `mobile` while `alternateMobile` exists).
 * Unknown method types are counted as not removable.
 */
export function deletableMethods(methods: readonly RegisteredMethod[]): { toDelete: { id: string; collection: string }[]; notRemovable: number } {
  const toDelete: { id: string; collection: string; rank: number }[] = [];
  let notRemovable = 0;
  for (const m of methods) {
    const type = m['@odata.type'] ?? '';
    if (type === PASSWORD) continue;
    const collection = COLLECTIONS[type];
    if (!collection) {
      notRemovable += 1;
      continue;
    }
    const rank = m.phoneType === 'alternateMobile' ? 0 : m.phoneType === 'mobile' ? 2 : 1;
    toDelete.push({ id: m.id, collection, rank });
  }
  toDelete.sort((a, b) => a.rank - b.rank);
  return { toDelete: toDelete.map(({ id, collection }) => ({ id, collection })), notRemovable };
}
