import { requireRole } from "../directory/access.js";
import type { Actor, Unit } from "../directory/people.js";
import { chainAudit, GENESIS_HASH } from "../shared/audit-chain.js";
import { fail, validationError, type FieldError } from "../shared/errors.js";
import { normalizePlatformAccountId } from "../shared/platforms.js";
import { StoreConflict } from "../shared/ports.js";
import { yearInShanghai } from "../shared/time.js";
import type { Account } from "./account.js";
import { ACCOUNT_EVENTS } from "./account-events.js";
import { formatFilingNumber } from "./filing-number.js";
import type { RegisterDeps } from "./register-deps.js";
import { canonicalColumn, importError, parseImportRow, REQUIRED_IMPORT_COLUMNS, type ImportRow, type ParsedImportRow } from "./register-import.js";

export const MAX_IMPORT_ROWS = 2000;
/** Imported accounts have no opening filing; this marks them (and their platform-account claim) as imported. */
export const IMPORTED_FILING_PREFIX = "import:";
const WRITERS = 8;

export interface ImportFile {
  columns: string[];
  rows: ImportRow[];
  /** A digest of the file, recorded with every account it creates. */
  digest: string;
}

export interface ImportResult {
  total: number;
  created: { row: number; accountId: string; filingNumber: string }[];
  /** Rows already in the register from an earlier run of an import (skipped). */
  existing: { row: number; filingNumber: string }[];
  dryRun: boolean;
}

type ResolvedRow = ParsedImportRow & { unitId: string };

/** Finds a unit as a file names it: by code (any case), by exact name, or by id. */
function unitFinder(units: Unit[]) {
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code!.toUpperCase(), u]));
  const byName = new Map<string, Unit[]>();
  for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  const byId = new Map(units.map((u) => [u.unitId, u]));
  return (ref: string): Unit | "ambiguous" | undefined => {
    const named = byName.get(ref);
    if (named && named.length > 1) return "ambiguous";
    return byCode.get(ref.toUpperCase()) ?? named?.[0] ?? byId.get(ref);
  };
}

/**
 * 批量导入 for onboarding. The whole file is validated before anything is written and any bad row
 * blocks the file. Rows are then written one transaction each, guarded by the platform-account
 * claim, so a run cut short is completed by running the same file again (rows already written are
 * recognised and skipped) and no run ever creates a duplicate.
 */
export function registerImportService(deps: Pick<RegisterDeps, "accounts" | "directory" | "tx" | "clock" | "newId" | "effects">) {
  const { accounts, directory, tx, clock, newId, effects } = deps;
  const keyOf = (p: ParsedImportRow) => `${p.input.platform}:${normalizePlatformAccountId(p.input.platformAccountId)}`;

  async function validate(file: ImportFile) {
    const columns = new Set(file.columns.map(canonicalColumn));
    const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !columns.has(c));
    if (missing.length) {
      throw fail("IMPORT_COLUMNS_MISSING", `导入文件缺少以下列：${missing.join("、")}`, [{ field: "file", code: "IMPORT_COLUMNS_MISSING", message: `缺少列：${missing.join("、")}` }]);
    }
    if (file.rows.length === 0) throw validationError([{ field: "file", code: "IMPORT_EMPTY", message: "导入文件没有数据行" }], "导入文件没有数据行");
    if (file.rows.length > MAX_IMPORT_ROWS) {
      throw validationError([{ field: "file", code: "IMPORT_TOO_MANY_ROWS", message: `每次最多导入 ${MAX_IMPORT_ROWS} 行` }], `每次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`);
    }
    const errors: FieldError[] = [];
    const parsed: ResolvedRow[] = [];
    const findUnit = unitFinder(await directory.listUnits());
    for (const row of file.rows) {
      const result = parseImportRow(row);
      errors.push(...result.errors);
      if (!result.parsed) continue;
      const unit = findUnit(result.parsed.unitRef);
      if (unit === "ambiguous") errors.push(importError(row.row, "unitId", "UNIT_AMBIGUOUS", `有多个单位名为“${result.parsed.unitRef}”，请填写单位编码`));
      else if (!unit) errors.push(importError(row.row, "unitId", "UNIT_NOT_FOUND", `单位“${result.parsed.unitRef}”不存在（可填写单位编码或单位全称）`));
      else parsed.push({ ...result.parsed, unitId: unit.unitId });
    }
    const firstRowOf = new Map<string, number>();
    for (const p of parsed) {
      const earlier = firstRowOf.get(keyOf(p));
      if (earlier !== undefined) errors.push(importError(p.row, "platformAccountId", "DUPLICATE_IN_FILE", `与第 ${earlier} 行是同一个平台账号`));
      else firstRowOf.set(keyOf(p), p.row);
    }
    const claims = new Map((await accounts.getClaims(parsed.map(keyOf))).map((c) => [c.key, c]));
    const holderIds = [...claims.values()].map((c) => c.accountId).filter((id): id is string => !!id);
    const holders = new Map((await accounts.getAccounts(holderIds)).map((a) => [a.platformKey, a]));
    const fresh: ResolvedRow[] = [];
    const existing: ImportResult["existing"] = [];
    for (const p of parsed) {
      if (firstRowOf.get(keyOf(p)) !== p.row) continue;
      if (!claims.has(keyOf(p))) {
        fresh.push(p);
        continue;
      }
      const holder = holders.get(keyOf(p));
      // The same row imported by an earlier run: skip it. Anything else holding the account is a duplicate.
      if (holder && holder.filingId.startsWith(IMPORTED_FILING_PREFIX) && holder.unitId === p.unitId) existing.push({ row: p.row, filingNumber: holder.filingNumber });
      else {
        const detail = holder ? `已在登记册中（备案编号 ${holder.filingNumber}）` : "正在备案审核中";
        errors.push(importError(p.row, "platformAccountId", "DUPLICATE_PLATFORM_ACCOUNT", `该平台账号${detail}，不能重复导入`));
      }
    }
    if (errors.length) throw validationError(errors.sort((a, b) => parseInt(a.field) - parseInt(b.field)), `导入文件有 ${new Set(errors.map((e) => parseInt(e.field))).size} 行存在错误，未导入任何数据`);
    return { fresh, existing };
  }

  async function write(actor: Actor, p: ResolvedRow, digest: string) {
    const now = clock.now().toISOString();
    const filedAt = p.filedOn ? new Date(`${p.filedOn}T00:00:00+08:00`).toISOString() : now;
    const year = yearInShanghai(filedAt);
    const filingNumber = formatFilingNumber(year, p.input.platform, await accounts.nextFilingSequence(year));
    const accountId = newId();
    const filingId = `${IMPORTED_FILING_PREFIX}${accountId}`;
    const audit = chainAudit(
      { entityId: accountId, seq: 1, at: now, actorId: actor.personId, actorName: actor.name, action: "account_imported", details: { filingNumber, importDigest: digest, row: p.row } },
      GENESIS_HASH,
    );
    const account: Account = {
      accountId,
      filingNumber,
      filingId,
      unitId: p.unitId,
      platform: p.input.platform,
      platformKey: keyOf(p),
      accountName: p.input.accountName,
      status: "filed",
      data: p.input,
      filedAt,
      updatedAt: now,
      auditSeq: 1,
      auditHead: audit.hash,
    };
    const entered = effects.event(ACCOUNT_EVENTS.entered, { accountId });
    try {
      await tx.commit([accounts.claim(account.platformKey, filingId, accountId), ...accounts.writeAccount({ account, audit }), effects.record(entered)]);
      await effects.run([entered]);
      return { row: p.row, accountId, filingNumber, outcome: "created" as const };
    } catch (error) {
      // A concurrent run got there first; its account stands.
      if (error instanceof StoreConflict && error.part === "claim") return { row: p.row, accountId, filingNumber, outcome: "exists" as const };
      throw error;
    }
  }

  return {
    /** `read` runs only once the caller is known to be an admin, so nobody else costs a parse. */
    async import(actor: Actor, read: () => Promise<ImportFile>, options: { dryRun?: boolean } = {}): Promise<ImportResult> {
      requireRole(actor, "admin");
      const file = await read();
      const { fresh, existing } = await validate(file);
      const result: ImportResult = { total: file.rows.length, created: [], existing, dryRun: Boolean(options.dryRun) };
      if (options.dryRun) return result;
      for (let i = 0; i < fresh.length; i += WRITERS) {
        const written = await Promise.all(fresh.slice(i, i + WRITERS).map((p) => write(actor, p, file.digest)));
        for (const w of written) {
          if (w.outcome === "exists") existing.push({ row: w.row, filingNumber: "" });
          else result.created.push({ row: w.row, accountId: w.accountId, filingNumber: w.filingNumber });
        }
      }
      return result;
    },
  };
}

export type RegisterImportService = ReturnType<typeof registerImportService>;
