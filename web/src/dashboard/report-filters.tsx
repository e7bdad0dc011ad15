/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { options } from "../ui/labels.js";
import { useLoad } from "../ui/use-load.js";
import { reportsApi, type ReportQuery } from "./api.js";

const depthOf = (path: string | undefined) => Math.max(0, (path ?? "/").split("/").filter(Boolean).length - 1);

/** Month range, unit (admins; incl. sub-units by default) and platform; 查询 hands the draft to the page. */
export function ReportFilters(props: { query: ReportQuery; isAdmin: boolean; onSearch: (q: ReportQuery) => void }) {
  const [draft, setDraft] = useState<ReportQuery>(props.query);
  const units = useLoad(() => (props.isAdmin ? reportsApi.units() : Promise.resolve([])));
  const set = (patch: Partial<ReportQuery>) => setDraft((d) => ({ ...d, ...patch }));
  const value = (e: Event) => (e.target as HTMLInputElement).value || undefined;
  return (
    <form
      class="register-filters"
      role="search"
      aria-label="筛选统计范围"
      onSubmit={(e: Event) => {
        e.preventDefault();
        props.onSearch(draft);
      }}
    >
      <div class="field">
        <label for="rp-from">起始月份</label>
        <input id="rp-from" type="month" data-testid="report-from" value={draft.from ?? ""} onInput={(e: Event) => set({ from: value(e) })} />
      </div>
      <div class="field">
        <label for="rp-to">截止月份</label>
        <input id="rp-to" type="month" data-testid="report-to" value={draft.to ?? ""} onInput={(e: Event) => set({ to: value(e) })} />
      </div>
      {props.isAdmin ? (
        <div class="field">
          <label for="rp-unit">单位</label>
          <select id="rp-unit" data-testid="report-unit" onChange={(e: Event) => set({ unitId: value(e) })}>
            <option value="">全部单位</option>
            {(units.state === "ok" ? units.data : []).map((u) => (
              <option value={u.unitId} selected={u.unitId === draft.unitId}>
                {`${"　".repeat(depthOf(u.path))}${u.name}`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {props.isAdmin ? (
        <label class="check">
          <input type="checkbox" checked={draft.subUnits !== "0"} onChange={(e: Event) => set({ subUnits: (e.target as HTMLInputElement).checked ? undefined : "0" })} />
          含下级单位
        </label>
      ) : null}
      <div class="field">
        <label for="rp-platform">平台</label>
        <select id="rp-platform" data-testid="report-platform" onChange={(e: Event) => set({ platform: value(e) })}>
          <option value="">全部平台</option>
          {options("platforms").map((p) => (
            <option value={p.id} selected={p.id === draft.platform}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div class="register-actions">
        <button type="submit" class="btn btn-primary" data-testid="report-search">
          查询
        </button>
      </div>
    </form>
  );
}
