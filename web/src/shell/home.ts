import type { SignedInPerson } from "../auth/api.js";

/** Where "#/" leads: 我的备案 for operators and the registry office, 待我审核 for a reviewer. */
export const homeFor = (person: SignedInPerson) => (person.roles.includes("admin") || person.roles.includes("operator") ? "#/" : "#/my-reviews");
