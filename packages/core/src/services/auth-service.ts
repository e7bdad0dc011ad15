import { z } from "zod";
import { unauthenticated, validationError, DomainError } from "../errors.js";
import { normalizeEmail, type Person } from "../people.js";
import type { Deps } from "../ports.js";
import { digest, mintOpaqueId, OPAQUE_ID_PATTERN } from "../secrets.js";
import { loginMail } from "./emails.js";

const emailSchema = z.email().max(254);

/** Email magic-link sign-in: single-use, expiring links; sessions stored only as hashes. */
export function authService(deps: Deps) {
  const { store, mailer, clock, config, log } = deps;

  return {
    /** Always succeeds from the caller's view, so the endpoint does not reveal who has an account. */
    async requestLoginLink(rawEmail: unknown): Promise<void> {
      const parsed = emailSchema.safeParse(typeof rawEmail === "string" ? rawEmail.trim() : rawEmail);
      if (!parsed.success) throw validationError([{ field: "email", code: "INVALID_FORMAT", message: "邮箱格式不正确" }]);
      const person = await store.findPersonByEmail(normalizeEmail(parsed.data));
      if (!person || !person.active) {
        log.info("login link requested for unknown or inactive email");
        return;
      }
      const token = mintOpaqueId();
      const expiresAt = new Date(clock.now().getTime() + config.loginLinkTtlMinutes * 60_000).toISOString();
      await store.putLoginLink(digest(token), person.personId, expiresAt);
      const href = `${config.baseUrl}/auth/verify?token=${token}`;
      await mailer.send(loginMail(person.email, person.name, href, config.loginLinkTtlMinutes));
    },

    async completeLogin(token: unknown): Promise<{ sessionId: string; expiresAt: string; person: Person }> {
      if (typeof token !== "string" || !OPAQUE_ID_PATTERN.test(token)) {
        throw new DomainError("validation", "LOGIN_LINK_INVALID", "登录链接无效");
      }
      const now = clock.now().toISOString();
      const personId = await store.consumeLoginLink(digest(token), now);
      const person = personId ? await store.getPerson(personId) : undefined;
      if (!person || !person.active) {
        throw new DomainError("gone", "LOGIN_LINK_USED_OR_EXPIRED", "登录链接已失效（已使用或已过期），请重新获取");
      }
      const sessionId = mintOpaqueId();
      const expiresAt = new Date(clock.now().getTime() + config.sessionTtlHours * 3_600_000).toISOString();
      await store.putSession(digest(sessionId), person.personId, expiresAt);
      return { sessionId, expiresAt, person };
    },

    async actorForSession(sessionId: string | undefined): Promise<Person> {
      if (!sessionId || !OPAQUE_ID_PATTERN.test(sessionId)) throw unauthenticated();
      const personId = await store.getSessionPerson(digest(sessionId), clock.now().toISOString());
      const person = personId ? await store.getPerson(personId) : undefined;
      if (!person || !person.active) throw unauthenticated("SESSION_EXPIRED", "登录已过期，请重新登录");
      return person;
    },

    async logout(sessionId: string | undefined): Promise<void> {
      if (sessionId && OPAQUE_ID_PATTERN.test(sessionId)) await store.deleteSession(digest(sessionId));
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
