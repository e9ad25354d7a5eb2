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
  if (!res.ok) throw Object.assign(new Error(json.message ?? `HTTP ${res.status}`), { problems: json.problems });
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
  const [{ devices }, { codes }, catalogue] = await Promise.all([api('GET', '/api/admin/devices'), api('GET', '/api/admin/codes'), api('GET', '/api/admin/catalogue')]);
  showCatalogue(catalogue);
  $('devices').replaceChildren(...devices.map((d) => {
    const tr = document.createElement('tr');
    if (d.revokedAt) tr.className = 'revoked';
    tr.append(cell(d.id), cell(d.orgPath), cell(d.seat === null ? '' : String(d.seat)), cell(d.label), cell(d.createdAt), cell(d.lastSeenAt), cell(String(d.lastSeqApplied)));
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

// The catalogue editor: a table of items; "edit" fills the form, "save" writes one item.
const TYPE = { help: '求助', consultation: '咨询', complaint: '投诉', suggestion: '建议' };
const TIER = { sameDay: '当日', threeDays: '3 个工作日', sevenDays: '7 个工作日', thirteenDays: '13 个工作日' };
const KIND = { volunteer: '志愿', provider: '服务商' };
const words = (text) => text.split(/[\s,,、]+/).filter(Boolean);

function showProblems(list, error) {
  const problems = error ? (error.problems ?? [String(error.message ?? error)]) : [];
  $(list).replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
}

function fillItem(item) {
  $('item-code').value = item.code;
  $('item-category').value = item.categoryCode;
  $('item-name').value = item.name;
  $('item-keywords').value = item.keywords.join(' ');
  $('item-type').value = item.defaultType;
  $('item-tier').value = item.timeLimitTier;
  $('item-kind').value = item.kind;
  $('item-skills').value = item.skills.join(' ');
  $('item-retired').checked = !!item.retired;
  showProblems('item-problems', null);
  $('item-name').focus();
}

function showCatalogue({ categories, items, calendar }) {
  const chosen = $('item-category').value;
  $('item-category').replaceChildren(...categories.map((c) => Object.assign(document.createElement('option'), { value: c.code, textContent: `${c.code} ${c.name}` })));
  if (chosen) $('item-category').value = chosen;
  $('items').replaceChildren(...items.map((i) => {
    const tr = document.createElement('tr');
    if (i.retired) tr.className = 'retired';
    tr.append(cell(i.code), cell(i.retired ? `${i.name}(停用 retired)` : i.name), cell(i.keywords.join(' ')), cell(TYPE[i.defaultType] ?? i.defaultType), cell(TIER[i.timeLimitTier] ?? i.timeLimitTier), cell(KIND[i.kind] ?? i.kind), cell(i.skills.join(' ')));
    const td = document.createElement('td');
    const b = Object.assign(document.createElement('button'), { textContent: '编辑 Edit', type: 'button' });
    b.addEventListener('click', () => fillItem(i));
    td.append(b);
    tr.append(td);
    return tr;
  }));
  if (calendar && !$('calendar-form').dataset.loaded) {
    $('cal-periods').value = calendar.periods.map((p) => `${p.start}-${p.end}`).join(' ');
    $('cal-weekend').value = calendar.weekend.join(' ');
    $('cal-offset').value = String(calendar.utcOffsetMinutes);
    $('cal-holidays').value = calendar.holidays.join('\n');
    $('cal-workdays').value = calendar.workdays.join('\n');
    $('calendar-form').dataset.loaded = '1';
  }
}

$('item-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const code = $('item-code').value.trim();
  const item = {
    code, categoryCode: $('item-category').value, name: $('item-name').value.trim(), keywords: words($('item-keywords').value),
    defaultType: $('item-type').value, timeLimitTier: $('item-tier').value, kind: $('item-kind').value, skills: words($('item-skills').value), retired: $('item-retired').checked,
  };
  api('PUT', `/api/admin/catalogue/items/${encodeURIComponent(code)}`, item).then(() => { showProblems('item-problems', null); return refresh(); }, (err) => showProblems('item-problems', err));
});

$('calendar-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const periods = words($('cal-periods').value).map((p) => { const [start = '', end = ''] = p.split('-'); return { start, end }; });
  const calendar = {
    utcOffsetMinutes: Number($('cal-offset').value), periods, weekend: words($('cal-weekend').value).map(Number),
    holidays: words($('cal-holidays').value), workdays: words($('cal-workdays').value),
  };
  api('PUT', '/api/admin/calendar', calendar).then(() => {
    showProblems('cal-problems', null);
    $('cal-saved').textContent = `已保存 Saved ${new Date().toLocaleString()}`;
  }, (err) => showProblems('cal-problems', err));
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
