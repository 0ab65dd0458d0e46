/** The sandbox's directory records. Field names follow Microsoft Graph's resources. */

export interface SandboxUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  department: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  city: string | null;
  companyName: string | null;
  accountEnabled: boolean;
  userType: 'Member' | 'Guest';
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string | null;
  /** Not a Graph property: the manager's id, served through /manager and /directReports. */
  managerId: string | null;
}

export interface SandboxGroup {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailEnabled: boolean;
  securityEnabled: boolean;
  isAssignableToRole: boolean;
  groupTypes: string[];
}

export interface SandboxRole {
  id: string;
  displayName: string;
  description: string;
  roleTemplateId: string;
}

export type AuthMethodKind = 'password' | 'phone' | 'microsoftAuthenticator' | 'fido2' | 'email' | 'softwareOath';

export interface SandboxAuthMethod {
  kind: AuthMethodKind;
  id: string;
  /** Type-specific properties (phoneNumber, phoneType, displayName, emailAddress…). */
  props: Record<string, unknown>;
}

export interface DirectoryData {
  users: SandboxUser[];
  groups: SandboxGroup[];
  roles: SandboxRole[];
  /** [memberId, containerId]: a user or group that is a member of a group or directory role. */
  memberships: Array<[string, string]>;
  authMethods: Record<string, SandboxAuthMethod[]>;
  /** The user's default sign-in method id (cannot be deleted). */
  defaultMethods: Record<string, string>;
}

export interface PasswordChange { userId: string; password: string; forceChangePasswordNextSignIn: boolean; at: Date }
export interface AccountEnabledChange { userId: string; accountEnabled: boolean; at: Date }
export interface SessionRevocation { userId: string; at: Date }
export interface SentMail { fromUserId: string; message: Record<string, unknown>; saveToSentItems: boolean; at: Date }
export interface DeletedMethod { userId: string; method: SandboxAuthMethod; at: Date }
