/** Who an audit record names as having acted. */
export interface AuditActor {
  id: string;
  name: string;
}

/** The system itself, for changes no person made (timeouts, sweeps). */
export const SYSTEM_ACTOR: AuditActor = { id: "system", name: "系统" };
