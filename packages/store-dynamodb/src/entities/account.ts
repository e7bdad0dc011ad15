import { Entity } from "electrodb";
import { contractEndOf, type Account } from "@beian/core";
import { onIndex, primary, SERVICE } from "./keys.js";

const NO_CONTRACT = "none";

export const AccountEntity = new Entity({
  model: { entity: "account", version: "1", service: SERVICE },
  attributes: {
    accountId: { type: "string", required: true },
    filingNumber: { type: "string", required: true },
    filingId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    platformKey: { type: "string", required: true },
    accountName: { type: "string", required: true },
    status: { type: ["filed", "suspended", "cancelled"] as const, required: true },
    data: { type: "any", required: true },
    filedAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
    statusReason: { type: "string" },
    cancelledAt: { type: "string" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
    /** Credential custody (holders, devices, last password change); never a password. */
    custody: { type: "any" },
    /**
     * Derived: the contract end of an outsourced, not cancelled account, else "none"; keys the sparse
     * contract index (ElectroDB wants a value for every composite of a conditional index).
     */
    contractEnd: { type: "string", hidden: true, watch: ["data", "status"], set: (_, item) => contractEndOf(item as Pick<Account, "data" | "status">) ?? NO_CONTRACT },
  },
  indexes: {
    byId: primary(["accountId"]),
    /** 委托运营 contracts by end date (sparse: only accounts with a contract end), for warnings before it ends. */
    byContractEnd: { ...onIndex("byState", [], ["contractEnd", "accountId"]), condition: (attr: Record<string, unknown>) => typeof attr.contractEnd === "string" && attr.contractEnd !== NO_CONTRACT },
    byFilingNumber: onIndex("lookup", ["filingNumber"]),
    byUnit: onIndex("byOwner", ["unitId"], ["filedAt", "accountId"]),
  },
});
