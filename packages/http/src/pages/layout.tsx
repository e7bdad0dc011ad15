import type { Child } from "hono/jsx";

const CSS = `
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f4f5f7;color:#1f2329;line-height:1.6}
header{background:#a4161a;color:#fff;padding:14px 24px;font-size:18px;font-weight:600;letter-spacing:1px}
main{max-width:860px;margin:24px auto;background:#fff;border-radius:6px;padding:24px 32px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:24px 0 8px;border-left:4px solid #a4161a;padding-left:8px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #e5e6eb;padding:6px 10px;text-align:left;vertical-align:top}th{background:#fafafa;width:9em;font-weight:500;color:#4e5969}
.notice{padding:12px 16px;border-radius:4px;margin:12px 0}.ok{background:#e8f7ee;color:#0a6b33}.warn{background:#fff4e5;color:#8a4b00}.err{background:#fdecec;color:#a4161a}
label.check{display:block;margin:6px 0}textarea{width:100%;min-height:90px;font:inherit;padding:8px;box-sizing:border-box}
.actions{display:flex;gap:12px;margin-top:16px}button{font:inherit;padding:8px 20px;border-radius:4px;border:1px solid #c9cdd4;background:#fff;cursor:pointer}
button.primary{background:#a4161a;border-color:#a4161a;color:#fff}.muted{color:#585f69;font-size:13px}
.field-error{color:#a4161a;font-size:13px}.info{background:#eef4ff;color:#1d4ed8}
button.danger{background:#fff;border-color:#a4161a;color:#a4161a}a.button{display:inline-block;padding:8px 20px;border:1px solid #c9cdd4;border-radius:4px;color:#1f2329;text-decoration:none}
blockquote{margin:8px 0;padding:8px 12px;border-left:3px solid #c9cdd4;background:#fafafa;white-space:pre-wrap}
.long-text{border:1px solid #e5e6eb;padding:12px 16px;border-radius:4px;white-space:pre-wrap}.long-text p{margin:0 0 8px}
ins{background:#e8f7ee;color:#0a6b33;text-decoration:underline}del{background:#fdecec;color:#a4161a}
mark.hit{background:#fff4e5;color:#8a4b00}mark.hit-serious{background:#fdecec;color:#a4161a;font-weight:600}
.columns{display:flex;gap:16px;flex-wrap:wrap}.column{flex:1 1 320px;min-width:0}.columns h3{font-size:15px;margin:8px 0}
fieldset{border:1px solid #e5e6eb;border-radius:4px;margin:12px 0;padding:8px 16px}legend{padding:0 6px;color:#4e5969}
label.number{display:flex;justify-content:space-between;gap:12px;align-items:center;margin:6px 0}label.number input{width:6em;font:inherit;padding:4px 6px}
`;

export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title} - 政务新媒体备案管理系统</title>
        <style>{CSS}</style>
      </head>
      <body>
        <header role="banner">政务新媒体备案管理系统</header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function MessagePage(props: { title: string; tone: "ok" | "warn" | "err"; message: string; code?: string }) {
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <p class={`notice ${props.tone}`} data-code={props.code}>
        {props.message}
      </p>
    </Layout>
  );
}
