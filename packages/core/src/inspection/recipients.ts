import { hasRole } from "../directory/people.js";
import type { DirectoryStore } from "../directory/ports.js";

export interface Recipient {
  email: string;
  name: string;
}

/** Who hears about a unit's reports: its active operators, and its own mailbox when it has one. */
export async function unitRecipients(directory: Pick<DirectoryStore, "getUnit" | "listPeopleByUnit">, unitId: string): Promise<Recipient[]> {
  const [unit, people] = await Promise.all([directory.getUnit(unitId), directory.listPeopleByUnit(unitId)]);
  const operators = people.filter((p) => p.active && hasRole(p, "operator")).map((p) => ({ email: p.email, name: p.name }));
  const mailbox = unit?.email && !operators.some((o) => o.email.toLowerCase() === unit.email!.toLowerCase()) ? [{ email: unit.email, name: unit.name }] : [];
  return [...operators, ...mailbox];
}

export async function adminRecipients(directory: Pick<DirectoryStore, "listPeople">): Promise<Recipient[]> {
  return (await directory.listPeople()).filter((p) => p.active && hasRole(p, "admin")).map((p) => ({ email: p.email, name: p.name }));
}
