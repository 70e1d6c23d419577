// Served as /admin/console.css so the Content-Security-Policy can forbid inline styles.
export const CONSOLE_CSS = `
:root { font: 15px/1.45 system-ui, sans-serif; color: #1c2430; background: #f6f7f9; }
body { margin: 0; }
header { background: #12355b; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; }
header a { color: #fff; text-decoration: none; } header a[aria-current] { text-decoration: underline; }
header .who { margin-left: auto; font-size: .85rem; opacity: .85; }
main { padding: 1rem 1.2rem; max-width: 75rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #dde1e6; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
form.inline { display: inline-flex; gap: .4rem; flex-wrap: wrap; align-items: end; margin: .2rem 0; }
label { display: inline-flex; flex-direction: column; font-size: .8rem; gap: .1rem; }
input, select, button { font: inherit; padding: .25rem .4rem; }
button { background: #12355b; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
button.danger { background: #a4262c; }
.notice { background: #fff4ce; border: 1px solid #e0c060; padding: .6rem .8rem; }
.error { background: #fde7e9; border: 1px solid #a4262c; padding: .6rem .8rem; }
.key { font-family: ui-monospace, monospace; font-size: 1rem; user-select: all; }
.muted { color: #5b6673; font-size: .85rem; }
svg text { font-size: 11px; fill: #1c2430; }
svg .bar { fill: #2b6cb0; } svg .bar.fp { fill: #b7791f; }
@media print { header, form { display: none; } body { background: #fff; } }
`;
