/** @jsxImportSource hono/jsx/dom */
import type { CredentialCustody, CustodyInput } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { TextInput } from "../ui/controls.js";
import { Field, FormError } from "../ui/form-field.js";
import { Notice } from "../ui/notice.js";
import { todayInShanghai } from "../ui/time.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { custodyApi } from "./api.js";

const NO_PASSWORD = "本系统只登记账号由谁保管、在哪些设备上登录、最近一次何时更换密码，不保存密码。请勿在任何栏目中填写密码。";

interface HolderDraft {
  name: string;
  post: string;
  devices: string;
}

const holderDraft = (h?: CredentialCustody["holders"][number]): HolderDraft => ({ name: h?.name ?? "", post: h?.post ?? "", devices: h?.devices.join("、") ?? "" });

function inputOf(holders: HolderDraft[], changedOn: string, note: string): CustodyInput {
  return {
    holders: holders
      .map((h) => {
        const devices = h.devices.split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean);
        return { name: h.name.trim(), ...(h.post.trim() ? { post: h.post.trim() } : {}), devices };
      })
      .filter((h) => h.name || h.devices.length),
    ...(changedOn ? { lastPasswordChangeAt: changedOn } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  };
}

/** 登记 / 更新保管信息: who holds the login, on which devices, and the last password change. */
export function CustodyForm(props: { accountId: string; custody: CredentialCustody | null; onSaved: () => void }) {
  const [holders, setHolders] = useState<HolderDraft[]>(props.custody?.holders.length ? props.custody.holders.map(holderDraft) : [holderDraft()]);
  const [changedOn, setChangedOn] = useState(props.custody?.lastPasswordChangeAt ?? "");
  const [note, setNote] = useState(props.custody?.note ?? "");
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await custodyApi.save(props.accountId, inputOf(holders, changedOn, note));
      props.onSaved();
    },
  });
  const setHolder = (index: number, patch: Partial<HolderDraft>) => setHolders(holders.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <form class="custody-form" data-testid="custody-form" noValidate ref={formRef} onSubmit={onSubmit}>
      <h3>登记 / 更新保管信息</h3>
      <Notice tone="info">{NO_PASSWORD}</Notice>
      <FormError errors={errors} />
      {holders.map((holder, i) => (
        <div class="form-grid holder-row" data-holder={String(i)}>
          <Field path={`holders.${i}.name`} label="保管人姓名" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={20} value={holder.name} onValue={(name) => setHolder(i, { name })} />} />
          <Field path={`holders.${i}.post`} label="岗位" errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={40} value={holder.post} onValue={(post) => setHolder(i, { post })} />} />
          <Field
            path={`holders.${i}.devices`}
            label="登录设备（用顿号分隔）"
            errors={errors}
            control={(attrs) => <TextInput attrs={attrs} maxLength={300} value={holder.devices} onValue={(devices) => setHolder(i, { devices })} />}
          />
        </div>
      ))}
      <button type="button" class="btn btn-link" onClick={() => setHolders([...holders, holderDraft()])}>
        ＋ 添加保管人
      </button>
      <Field
        path="lastPasswordChangeAt"
        label="最近一次更换密码日期"
        errors={errors}
        control={(attrs) => <TextInput attrs={attrs} type="date" maxLength={10} max={todayInShanghai()} value={changedOn} onValue={setChangedOn} />}
      />
      <Field path="note" label="备注（请勿填写密码）" errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={300} value={note} onValue={setNote} />} />
      <button type="submit" class="btn btn-primary" data-testid="custody-save" disabled={busy}>
        保存
      </button>
    </form>
  );
}
