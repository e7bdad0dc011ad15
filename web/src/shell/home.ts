import type { SignedInPerson } from "../auth/api.js";

/** Where "#/" leads: 工作台 for the registry office, 本单位概况 for operators, 待我审核 for a reviewer. */
export const homeFor = (person: SignedInPerson): string => (person.roles.includes("admin") || person.roles.includes("operator") ? "#/dashboard" : "#/my-reviews");
