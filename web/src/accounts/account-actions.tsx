/** @jsxImportSource hono/jsx/dom */
import { FILING_KIND_LABELS } from "@beian/core";
import { useRef, useState } from "hono/jsx/dom";
import type { SignedInPerson } from "../auth/api.js";
import { Notice } from "../ui/notice.js";
import { accountHref, type AccountView } from "./api.js";
import { StatusDialog, WORDING, type StatusAction } from "./status-dialog.js";

const UNDER_WAY = new Set(["in_review", "returned"]);

/**
 * What may be done with a register account, for whoever is looking: its unit's operators file a
 * 变更 or 注销 (one at a time), the registry office suspends or restores it. The server decides;
 * these only avoid offering what it would refuse.
 */
export function AccountActions(props: { person: SignedInPerson; view: AccountView; onChanged: () => void }) {
  const { account, filings } = props.view;
  const roles = props.person.roles;
  const ownUnit = roles.includes("operator") && props.person.unit.unitId === account.unitId;
  const underWay = filings.find((f) => f.kind !== "open" && UNDER_WAY.has(f.status));
  const statusAction: StatusAction | undefined = !roles.includes("admin") ? undefined : account.status === "filed" ? "suspend" : account.status === "suspended" ? "restore" : undefined;
  const files = ownUnit && account.status !== "cancelled";
  if (!files && !statusAction) return null;
  return (
    <div class="account-actions" data-testid="account-actions">
      {files && underWay ? (
        <Notice tone="info">
          {`该账号的${FILING_KIND_LABELS[underWay.kind]}正在办理中，办结后方可再提交变更或注销。`}
          <a href={`#/filings/${encodeURIComponent(underWay.filingId)}`} data-testid="pending-account-filing">
            查看办理进度
          </a>
        </Notice>
      ) : null}
      {files && !underWay ? (
        <>
          <a class="btn btn-primary" href={accountHref.change(account.accountId)} data-testid="change-account">
            变更备案
          </a>
          <a class="btn btn-secondary danger-text" href={accountHref.cancel(account.accountId)} data-testid="cancel-account">
            注销备案
          </a>
        </>
      ) : null}
      {statusAction ? <StatusButton action={statusAction} view={props.view} onChanged={props.onChanged} /> : null}
    </div>
  );
}

function StatusButton(props: { action: StatusAction; view: AccountView; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const { action } = props;
  return (
    <>
      <button
        type="button"
        class={`btn ${action === "suspend" ? "btn-danger-outline" : "btn-secondary"}`}
        data-testid={`${action}-account`}
        ref={opener}
        onClick={() => setOpen(true)}
      >
        {WORDING[action].button}
      </button>
      {open ? (
        <StatusDialog
          action={action}
          account={props.view.account}
          onDone={() => {
            setOpen(false);
            props.onChanged();
          }}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
