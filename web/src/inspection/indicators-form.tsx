/** @jsxImportSource hono/jsx/dom */
import type { IndicatorConfig } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { ErrorSlot, Field, FieldSection, FormError } from "../ui/form-field.js";
import { TextInput } from "../ui/controls.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { inspectionApi } from "./api.js";

type Editable = Pick<IndicatorConfig, "vetoes" | "deductions"> & { qualifiedFrom: string; basicFrom: string; deductionPoints: string[] };

const editableOf = (config: IndicatorConfig): Editable => ({
  vetoes: config.vetoes.map((v) => ({ ...v })),
  deductions: config.deductions.map((d) => ({ ...d })),
  deductionPoints: config.deductions.map((d) => String(d.maxPoints)),
  qualifiedFrom: String(config.grades.qualifiedFrom),
  basicFrom: String(config.grades.basicFrom),
});

const asNumber = (value: string) => (value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value);

/** Editing the indicators: vetoes and deductions (id, wording, points) and the grade thresholds. */
export function IndicatorsForm(props: { config: IndicatorConfig; onSaved: () => void }) {
  const [draft, setDraft] = useState<Editable>(editableOf(props.config));
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await inspectionApi.saveIndicators({
        vetoes: draft.vetoes,
        deductions: draft.deductions.map((d, i) => ({ ...d, maxPoints: asNumber(draft.deductionPoints[i]) as number })),
        grades: { qualifiedFrom: asNumber(draft.qualifiedFrom) as number, basicFrom: asNumber(draft.basicFrom) as number },
      });
      props.onSaved();
    },
  });
  const setVeto = (i: number, patch: Partial<Editable["vetoes"][number]>) => setDraft((d) => ({ ...d, vetoes: d.vetoes.map((v, j) => (j === i ? { ...v, ...patch } : v)) }));
  const setDeduction = (i: number, patch: Partial<Editable["deductions"][number]>) => setDraft((d) => ({ ...d, deductions: d.deductions.map((v, j) => (j === i ? { ...v, ...patch } : v)) }));
  const setPoints = (i: number, value: string) => setDraft((d) => ({ ...d, deductionPoints: d.deductionPoints.map((p, j) => (j === i ? value : p)) }));
  return (
    <form class="card" ref={formRef} onSubmit={onSubmit} noValidate data-testid="indicators-form">
      <h2>修改指标</h2>
      <FormError errors={errors} />
      <FieldSection title="单项否决">
        {draft.vetoes.map((v, i) => (
          <div class="indicator-row veto">
            <Field path={`vetoes.${i}.id`} label="编号" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={40} value={v.id} onValue={(id) => setVeto(i, { id })} />} />
            <Field path={`vetoes.${i}.label`} label="内容" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={100} value={v.label} onValue={(label) => setVeto(i, { label })} />} />
            <button type="button" class="btn-link danger" onClick={() => setDraft((d) => ({ ...d, vetoes: d.vetoes.filter((_, j) => j !== i) }))}>
              删除
            </button>
          </div>
        ))}
        <button type="button" class="btn btn-small" onClick={() => setDraft((d) => ({ ...d, vetoes: [...d.vetoes, { id: "", label: "" }] }))} data-testid="add-veto">
          ＋ 单项否决项
        </button>
      </FieldSection>
      <FieldSection title="扣分项">
        <ErrorSlot path="deductions" errors={errors} />
        {draft.deductions.map((d, i) => (
          <div class="indicator-row">
            <Field path={`deductions.${i}.id`} label="编号" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={40} value={d.id} onValue={(id) => setDeduction(i, { id })} />} />
            <Field path={`deductions.${i}.label`} label="内容" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={100} value={d.label} onValue={(label) => setDeduction(i, { label })} />} />
            <Field path={`deductions.${i}.maxPoints`} label="最高扣分" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={3} inputMode="numeric" value={draft.deductionPoints[i]} onValue={(p) => setPoints(i, p)} />} />
            <button
              type="button"
              class="btn-link danger"
              onClick={() => setDraft((x) => ({ ...x, deductions: x.deductions.filter((_, j) => j !== i), deductionPoints: x.deductionPoints.filter((_, j) => j !== i) }))}
            >
              删除
            </button>
          </div>
        ))}
        <button type="button" class="btn btn-small" onClick={() => setDraft((x) => ({ ...x, deductions: [...x.deductions, { id: "", label: "", maxPoints: 10 }], deductionPoints: [...x.deductionPoints, "10"] }))}>
          ＋ 扣分项
        </button>
      </FieldSection>
      <FieldSection title="等次分数线">
        <div class="grid">
          <Field path="grades.qualifiedFrom" label="合格（分及以上）" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={3} inputMode="numeric" value={draft.qualifiedFrom} onValue={(qualifiedFrom) => setDraft((d) => ({ ...d, qualifiedFrom }))} />} />
          <Field path="grades.basicFrom" label="基本合格（分及以上）" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={3} inputMode="numeric" value={draft.basicFrom} onValue={(basicFrom) => setDraft((d) => ({ ...d, basicFrom }))} />} />
        </div>
      </FieldSection>
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" disabled={busy} data-testid="indicators-save">
          保存指标
        </button>
      </div>
    </form>
  );
}
