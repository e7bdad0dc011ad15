/** @jsxImportSource hono/jsx/dom */
import type { Unit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { directoryApi } from "../directory/api.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { reviewApi, type Reviewer } from "./api.js";
import { ChainForm } from "./chain-form.js";
import { PendingTasks } from "./pending-tasks.js";
import { StuckReviews } from "./stuck-reviews.js";

const loadShared = () => Promise.all([reviewApi.kinds(), reviewApi.reviewers(), directoryApi.units(), reviewApi.pending(), reviewApi.stuck()]);

/** 审核流程配置 (admins): per kind of item the default chain and per-unit overrides; pending tasks to reassign; stuck rounds to restart. */
export function ReviewChainsView() {
  const data = useLoad(loadShared);
  /** What the last save did; it outlives the form (a new unit's form moves into the list once saved). */
  const [saved, setSaved] = useState("");
  const onSaved = (what: string) => {
    setSaved(what);
    data.reload();
  };
  return (
    <>
      <div class="page-head">
        <PageTitle>审核流程配置</PageTitle>
      </div>
      <Notice tone="info">每个环节可指定多名审核人，任一人审核即可；同一人只能担任一个环节。单位设置按就近原则覆盖上级单位和默认流程，未设置的环节沿用上级。</Notice>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="ok" testId="chain-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      {data.state === "loading" ? <Loading /> : null}
      {data.state === "error" ? <LoadError error={data.error} /> : null}
      {data.state === "ok" ? <Configuration data={data.data} onSaved={onSaved} /> : null}
    </>
  );
}

function Configuration(props: { data: Awaited<ReturnType<typeof loadShared>>; onSaved: (what: string) => void }) {
  const [kinds, reviewers, units, pending, stuck] = props.data;
  const [kind, setKind] = useState(kinds[0]?.id ?? "filing");
  const label = kinds.find((k) => k.id === kind)?.label ?? "";
  return (
    <>
      <div class="kind-switch" role="tablist" aria-label="审核事项类型">
        {kinds.map((k) => (
          <button type="button" role="tab" aria-selected={k.id === kind} class={k.id === kind ? "btn" : "btn btn-secondary"} data-testid={`chain-kind-${k.id}`} onClick={() => setKind(k.id)}>
            {k.label}
          </button>
        ))}
      </div>
      <KindChains key={kind} kind={kind} label={label} reviewers={reviewers} units={units} onSaved={props.onSaved} />
      <section class="card">
        <h2>待处理的审核任务（转交）</h2>
        <PendingTasks tasks={pending} reviewers={reviewers} onDone={() => props.onSaved("已转交。")} />
      </section>
      <section class="card">
        <h2>异常中止的审核（重启本轮）</h2>
        <StuckReviews items={stuck} onDone={() => props.onSaved("已重启本轮审核，已作出的决定保持有效。")} />
      </section>
    </>
  );
}

function KindChains(props: { kind: string; label: string; reviewers: Reviewer[]; units: Unit[]; onSaved: (what: string) => void }) {
  const chains = useLoad(() => reviewApi.chains(props.kind));
  if (chains.state === "loading") return <Loading />;
  if (chains.state === "error") return <LoadError error={chains.error} />;
  const { default: base, overrides } = chains.data;
  const unitName = (id: string) => props.units.find((u) => u.unitId === id)?.name ?? id;
  const saved = (what: string) => {
    chains.reload();
    props.onSaved(what);
  };
  return (
    <>
      <ChainForm key={`${props.kind}-default`} kind={props.kind} title={`默认审核流程（${props.label}）`} scope="default" chain={base} reviewers={props.reviewers} removable={false} onSaved={saved} />
      {overrides.map((o) => (
        <ChainForm key={`${props.kind}-${o.scope}`} kind={props.kind} title={`${unitName(o.scope)}的审核流程（${props.label}）`} scope={o.scope} chain={o} reviewers={props.reviewers} removable onSaved={saved} />
      ))}
      <NewOverride kind={props.kind} label={props.label} units={props.units.filter((u) => !overrides.some((o) => o.scope === u.unitId))} reviewers={props.reviewers} onSaved={saved} />
    </>
  );
}

function NewOverride(props: { kind: string; label: string; units: Unit[]; reviewers: Reviewer[]; onSaved: (what: string) => void }) {
  const [unitId, setUnitId] = useState("");
  const unit = props.units.find((u) => u.unitId === unitId);
  return (
    <div class="card">
      <h2>{`新增单位审核流程（${props.label}）`}</h2>
      <label for="override-unit" class="field-label">
        单位
      </label>
      <select id="override-unit" data-testid="override-unit" value={unitId} onChange={(e: Event) => setUnitId((e.target as HTMLSelectElement).value)}>
        <option value="">选择单位</option>
        {props.units.map((u) => (
          <option value={u.unitId} selected={u.unitId === unitId}>
            {u.name}
          </option>
        ))}
      </select>
      {unit ? (
        <ChainForm
          key={unit.unitId}
          kind={props.kind}
          title={`${unit.name}的审核流程`}
          scope={unit.unitId}
          reviewers={props.reviewers}
          removable={false}
          onSaved={(what) => {
            setUnitId("");
            props.onSaved(what);
          }}
        />
      ) : null}
    </div>
  );
}
