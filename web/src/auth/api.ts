import type { Person, Unit } from "@beian/core";
import { request } from "../ui/api-client.js";

/** GET /api/me: the signed-in person with their unit's name (HTTP only; the core keeps unitId). */
export type SignedInPerson = Pick<Person, "personId" | "name" | "email" | "roles"> & { unit: Pick<Unit, "unitId" | "name"> };

export const authApi = {
  me: () => request<{ person: SignedInPerson }>("GET", "/api/me").then((r) => r.person),
  requestLoginLink: (email: string) => request<{ ok: true }>("POST", "/api/auth/login-link", { email }),
  logout: () => request<void>("POST", "/api/auth/logout"),
};
