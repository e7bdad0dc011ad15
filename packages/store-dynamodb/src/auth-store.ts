import type { AuthStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { isConditionFailure } from "./tx-write.js";

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Log-in links, sessions (hashes only, expiring by TTL) and per-address log-in quotas. */
export class DynamoAuthStore implements AuthStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async putLoginLink(linkHash: string, personId: string, expiresAt: string) {
    await this.e.loginLink.create({ linkHash, personId, expiresAt, expiresAtEpoch: epochSeconds(expiresAt) }).go();
  }

  async consumeLoginLink(linkHash: string, now: string) {
    try {
      const { data } = await this.e.loginLink
        .patch({ linkHash })
        .set({ usedAt: now })
        .where((a, op) => `${op.notExists(a.usedAt)} AND ${op.gt(a.expiresAt, now)}`)
        .go({ response: "all_new" });
      return data.personId;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async putSession(sessionHash: string, personId: string, issuedAt: string, expiresAt: string) {
    await this.e.session.create({ sessionHash, personId, issuedAt, expiresAt, expiresAtEpoch: epochSeconds(expiresAt) }).go();
  }

  async getSession(sessionHash: string, now: string) {
    const { data } = await this.e.session.get({ sessionHash }).go();
    return data && data.expiresAt > now ? { personId: data.personId, issuedAt: data.issuedAt ?? "" } : undefined;
  }

  async deleteSession(sessionHash: string) {
    await this.e.session.delete({ sessionHash }).go();
  }

  async takeLoginQuota(addressHash: string, window: string, max: number, expiresAt: string) {
    try {
      await this.e.loginQuota
        .update({ addressHash, window })
        .add({ count: 1 })
        .set({ expiresAtEpoch: epochSeconds(expiresAt) })
        .where((a, op) => `${op.notExists(a.count)} OR ${op.lt(a.count, max)}`)
        .go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
