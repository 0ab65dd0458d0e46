/**
 * Ports: what the services need from the outside world. Implemented by store/, graph/, bot/, triage/.
 * Services depend on these interfaces only; compose.ts wires the implementations.
 */

/** A user as the directory (Microsoft Graph) knows them. Field names follow Graph's `user` resource. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  department: string | null;
  jobTitle: string | null;
  /** Site or building, e.g. "Cestmistrovství Klatovy" or "Krajský úřad, Škroupova 18". */
  officeLocation: string | null;
  /** District (okres) the user works in, e.g. "Klatovy". */
  city: string | null;
  companyName: string | null;
  accountEnabled: boolean;
}

export interface DirectoryPort {
  /** By object id or UPN; null when the directory has no such user (Graph 404). */
  getUser(idOrUpn: string): Promise<DirectoryUser | null>;
  /** The user's manager; null when they have none (Graph answers 404). */
  getManager(id: string): Promise<DirectoryUser | null>;
  getDirectReports(id: string): Promise<DirectoryUser[]>;
  /** Fuzzy look-up by name or UPN, best first. */
  searchUsers(query: string, limit: number): Promise<DirectoryUser[]>;
}

/** Time comes from here, never from Date.now() in domain or services. */
export interface Clock {
  now(): Date;
}

/** What triage concluded about a message (implemented by src/triage). */
export interface TriageAssessment {
  language: 'cs' | 'en';
  intent: 'problem' | 'greeting' | 'thanks' | 'empty';
  category: import('../config/domain-schema.js').CategoryId;
  confidence: number;
  ranking: { category: import('../config/domain-schema.js').CategoryId; score: number }[];
  priority: import('../config/domain-schema.js').Priority;
  scopeKnown: boolean;
  entities: {
    rooms: string[];
    sites: { id: string; name: string; score: number }[];
    districts: { id: string; name: string }[];
    assetTags: string[];
    phones: string[];
    applications: { id: string; name: string }[];
  };
}

export interface TriagePort {
  analyze(text: string): TriageAssessment;
}
