/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { contentApi, type DraftDetail } from "./api.js";
import { hitKey, HitsPanel } from "./hits-panel.js";

/** 送审: the word check's hits, a reason for each 严重 one kept, then the three-stage review. */
export function SubmitPanel(props: { detail: DraftDetail; onDone: () => void }) {
  const { draft, hits } = props.detail;
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const confirmations = hits
        .filter((h) => h.severity === "serious" && reasons[hitKey(h)]?.trim())
        .map((h) => ({ entryId: h.entryId, field: h.field, start: h.start, reason: reasons[hitKey(h)].trim() }));
      await contentApi.submit(draft.draftId, confirmations);
      props.onDone();
    } catch (e) {
      setError(errorWithFields(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="submit-title" data-testid="submit-panel">
      <h2 id="submit-title">送审</h2>
      <HitsPanel hits={hits} reasons={reasons} onReason={(key, reason) => setReasons((r) => ({ ...r, [key]: reason }))} />
      {error ? (
        <Notice tone="err" testId="submit-error">
          {error}
        </Notice>
      ) : null}
      <button type="button" class="btn btn-primary" data-testid="submit-draft" disabled={busy} onClick={submit}>
        {busy ? "正在送审…" : draft.round ? "重新送审" : "送审（初审 → 复审 → 终审）"}
      </button>
    </section>
  );
}
