import type { DirectoryStore } from "../directory/ports.js";
import { normalizeEmail, type Person } from "../directory/people.js";
import type { AppConfig } from "../shared/config.js";
import { fail, fieldError, unauthenticated } from "../shared/errors.js";
import type { Clock, Logger, Mailer } from "../shared/ports.js";
import { digest, mintOpaqueId, OPAQUE_ID_PATTERN } from "../shared/secrets.js";
import { emailAddress } from "../shared/validation.js";
import { loginMail } from "./login-mail.js";
import type { AuthStore } from "./ports.js";

/** Log-in links one address may be sent per window: enough for a typo or a lost mail, not a flood. */
export const LOGIN_LINKS_PER_WINDOW = 5;
export const LOGIN_WINDOW_MINUTES = 10;

export interface AuthDeps {
  auth: AuthStore;
  directory: Pick<DirectoryStore, "findPersonByEmail" | "getPerson">;
  mailer: Mailer;
  clock: Clock;
  config: AppConfig;
  log: Logger;
}

/** Email magic-link sign-in: single-use, expiring links; sessions stored only as hashes. */
export function authService(deps: AuthDeps) {
  const { auth, directory, mailer, clock, config, log } = deps;

  /** The address's window is counted whether or not anyone has it, so a 429 reveals nothing. */
  async function takeQuota(email: string, now: Date) {
    const windowMs = LOGIN_WINDOW_MINUTES * 60_000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const expiresAt = new Date(start + 2 * windowMs).toISOString();
    if (!(await auth.takeLoginQuota(digest(`login:${email}`), new Date(start).toISOString(), config.loginLinksPerWindow ?? LOGIN_LINKS_PER_WINDOW, expiresAt))) {
      throw fail("RATE_LIMITED", `该邮箱获取登录链接过于频繁，请 ${LOGIN_WINDOW_MINUTES} 分钟后再试`);
    }
  }

  return {
    /** Always succeeds from the caller's view, so the endpoint does not reveal who has an account. */
    async requestLoginLink(rawEmail: unknown): Promise<void> {
      const parsed = emailAddress.safeParse(typeof rawEmail === "string" ? rawEmail.trim() : rawEmail);
      if (!parsed.success) throw fieldError("email", "INVALID_FORMAT", "邮箱格式不正确，应为电子邮箱地址（如 name@example.gov.cn）");
      const email = normalizeEmail(parsed.data);
      const now = clock.now();
      await takeQuota(email, now);
      const person = await directory.findPersonByEmail(email);
      if (!person || !person.active) {
        log.info("login link requested for unknown or inactive email");
        return;
      }
      const token = mintOpaqueId();
      const expiresAt = new Date(now.getTime() + config.loginLinkTtlMinutes * 60_000).toISOString();
      await auth.putLoginLink(digest(token), person.personId, expiresAt);
      const href = `${config.baseUrl}/auth/verify?token=${token}`;
      await mailer.send(loginMail(person.email, person.name, href, config.loginLinkTtlMinutes));
    },

    async completeLogin(token: unknown): Promise<{ sessionId: string; expiresAt: string; person: Person }> {
      if (typeof token !== "string" || !OPAQUE_ID_PATTERN.test(token)) throw fail("LOGIN_LINK_INVALID");
      const now = clock.now().toISOString();
      const personId = await auth.consumeLoginLink(digest(token), now);
      const person = personId ? await directory.getPerson(personId) : undefined;
      if (!person || !person.active) throw fail("LOGIN_LINK_USED_OR_EXPIRED");
      const sessionId = mintOpaqueId();
      const expiresAt = new Date(clock.now().getTime() + config.sessionTtlHours * 3_600_000).toISOString();
      await auth.putSession(digest(sessionId), person.personId, now, expiresAt);
      return { sessionId, expiresAt, person };
    },

    async actorForSession(sessionId: string | undefined): Promise<Person> {
      if (!sessionId || !OPAQUE_ID_PATTERN.test(sessionId)) throw unauthenticated();
      const session = await auth.getSession(digest(sessionId), clock.now().toISOString());
      const person = session ? await directory.getPerson(session.personId) : undefined;
      // A deactivation ends every session issued before it, even after a reactivation.
      const revoked = !!person?.sessionsValidFrom && !!session && session.issuedAt < person.sessionsValidFrom;
      if (!person || !person.active || revoked) throw unauthenticated("SESSION_EXPIRED");
      return person;
    },

    async logout(sessionId: string | undefined): Promise<void> {
      if (sessionId && OPAQUE_ID_PATTERN.test(sessionId)) await auth.deleteSession(digest(sessionId));
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
