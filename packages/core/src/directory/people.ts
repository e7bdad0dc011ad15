export const ROLES = ["admin", "operator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export interface Unit {
  unitId: string;
  /** A short human code (e.g. "U001"), unique, used in bulk import and shown in 组织机构. */
  code?: string;
  name: string;
  /** The unit's mailbox for notices addressed to the unit as a whole. */
  email?: string;
  parentId?: string;
  /** Ids from the root down to this unit, "/root/…/self/"; kept by the store so sub-trees are one query. */
  path?: string;
  contactName?: string;
  contactPhone?: string;
  /** 主要负责人. */
  leaderName?: string;
  leaderTitle?: string;
}

export interface Person {
  personId: string;
  name: string;
  email: string;
  phone?: string;
  unitId: string;
  roles: Role[];
  active: boolean;
  /** Operators only: may also act for the units below their own. */
  canActForSubUnits?: boolean;
  deactivatedAt?: string;
  /** Sessions issued before this instant are refused (set on deactivation, so none survives a reactivation). */
  sessionsValidFrom?: string;
  /** A reviewer's deputy (代签人); links for this reviewer's tasks also go to the deputy. */
  deputyId?: string;
  /** Last day (Asia/Shanghai, YYYY-MM-DD) the deputy may act; open-ended when absent. */
  deputyUntil?: string;
}

/** The signed-in person a request acts for. */
export type Actor = Person;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const hasRole = (person: Person, role: Role) => person.active && person.roles.includes(role);
