// The admin screen's script: a plain module (no build step), talking to /api/admin with the
// token kept for this browser tab only (sessionStorage), never in a cookie.
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem('lianxin-admin-token') ?? '';

async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.message ?? `HTTP ${res.status}`);
  return json;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function button(label, onClick) {
  const td = document.createElement('td');
  const b = document.createElement('button');
  b.textContent = label;
  b.addEventListener('click', () => onClick().then(refresh, show));
  td.append(b);
  return td;
}

function show(error) {
  $('error').textContent = error ? String(error.message ?? error) : '';
}

async function refresh() {
  const [{ devices }, { codes }] = await Promise.all([api('GET', '/api/admin/devices'), api('GET', '/api/admin/codes')]);
  $('devices').replaceChildren(...devices.map((d) => {
    const tr = document.createElement('tr');
    if (d.revokedAt) tr.className = 'revoked';
    tr.append(cell(d.id), cell(d.orgPath), cell(d.label), cell(d.createdAt), cell(d.lastSeenAt), cell(String(d.lastSeqApplied)));
    tr.append(d.revokedAt ? cell(`已吊销 revoked ${d.revokedAt}`) : button('吊销 Revoke', () => confirm(`吊销 Revoke ${d.id}?`) ? api('POST', `/api/admin/devices/${encodeURIComponent(d.id)}/revoke`) : Promise.resolve()));
    return tr;
  }));
  $('codes').replaceChildren(...codes.map((c) => {
    const tr = document.createElement('tr');
    const state = c.usedAt ? `已使用 used → ${c.deviceId}` : c.revokedAt ? '已撤回 withdrawn' : c.expiresAt < new Date().toISOString() ? '已过期 expired' : '可用 open';
    tr.append(cell(c.id), cell(c.orgPath), cell(c.label), cell(c.expiresAt), cell(state));
    tr.append(state.startsWith('可用') ? button('撤回 Withdraw', () => api('POST', `/api/admin/codes/${encodeURIComponent(c.id)}/revoke`)) : cell(''));
    return tr;
  }));
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  token = $('token').value.trim();
  start();
});

$('new-code').addEventListener('submit', (e) => {
  e.preventDefault();
  const body = { orgPath: $('org-path').value.trim(), expiresHours: Number($('hours').value) || 72 };
  if ($('label').value.trim()) body.label = $('label').value.trim();
  api('POST', '/api/admin/codes', body).then((code) => {
    $('new-code-value').textContent = code.code;
    $('new-code-info').textContent = `${code.orgPath}, 到期 expires ${code.expiresAt}`;
    $('new-code-result').hidden = false;
    show(null);
    return refresh();
  }, show);
});

function start() {
  refresh().then(() => {
    sessionStorage.setItem('lianxin-admin-token', token);
    $('login').hidden = true;
    $('main').hidden = false;
    show(null);
  }, show);
}

if (token) start();
