export const ROLES = ["admin", "operator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export interface Unit {
  unitId: string;
  name: string;
  parentId?: string;
}

export interface Person {
  personId: string;
  name: string;
  email: string;
  phone?: string;
  unitId: string;
  roles: Role[];
  active: boolean;
}

/** The signed-in person a request acts for. */
export type Actor = Person;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const hasRole = (person: Person, role: Role) => person.active && person.roles.includes(role);
