import type { SandboxAuthMethod } from './directory-types.js';
import type { SeededRandom } from './seeded-random.js';

/** Well-known method ids used by Graph for the password and the three phone slots. */
export const METHOD_IDS = {
  password: '28c10230-6103-485e-b985-444c60001490',
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
  email: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f',
} as const;

const DEVICES = ['iPhone 13', 'iPhone 15', 'Samsung Galaxy A54', 'Samsung Galaxy S23', 'Xiaomi Redmi Note 12', 'Motorola moto g54'];

export interface SeededMethods {
  methods: SandboxAuthMethod[];
  defaultId: string;
}

/** Sign-in methods of a member user; `rich` forces authenticator + mobile + alternate mobile. */
export function seedAuthMethods(rng: SeededRandom, newId: () => string, created: string, mobile: string | null, rich: boolean): SeededMethods {
  const methods: SandboxAuthMethod[] = [
    { kind: 'password', id: METHOD_IDS.password, props: { password: null, createdDateTime: created } },
  ];
  if (rich || rng.chance(0.7)) {
    methods.push({
      kind: 'microsoftAuthenticator', id: newId(),
      props: { displayName: rng.pick(DEVICES), deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.2401.0119', createdDateTime: created },
    });
  }
  if (mobile && (rich || rng.chance(0.6))) {
    methods.push({ kind: 'phone', id: METHOD_IDS.mobile, props: { phoneNumber: mobile, phoneType: 'mobile', smsSignInState: 'notAllowedByPolicy' } });
    if (rich || rng.chance(0.15)) {
      const alt = `+420 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`;
      methods.push({ kind: 'phone', id: METHOD_IDS.alternateMobile, props: { phoneNumber: alt, phoneType: 'alternateMobile', smsSignInState: 'notSupported' } });
    }
  }
  if (rng.chance(0.1)) {
    methods.push({
      kind: 'fido2', id: newId(),
      props: { displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 NFC', aaGuid: 'fa2b99dc-9e39-4257-8f92-4a30d23c4118', attestationLevel: 'attested', createdDateTime: created },
    });
  }
  if (rng.chance(0.05)) methods.push({ kind: 'softwareOath', id: newId(), props: { secretKey: null } });
  const first = methods.find((m) => m.kind === 'microsoftAuthenticator') ?? methods.find((m) => m.kind === 'phone') ?? methods[0];
  return { methods, defaultId: (first as SandboxAuthMethod).id };
}

/** Adds a personal e-mail method (self-service password reset); never the default. */
export function emailMethod(address: string): SandboxAuthMethod {
  return { kind: 'email', id: METHOD_IDS.email, props: { emailAddress: address } };
}
