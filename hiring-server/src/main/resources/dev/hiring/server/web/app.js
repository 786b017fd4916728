// The recruiter page: calls the server's own API v1; nothing is fetched from elsewhere, and text is only ever
// inserted with textContent (never as HTML).
"use strict";

const state = { findings: [], rules: new Map(), guide: new Map() };

function $(id) { return document.getElementById(id); }

function headers(contentType) {
  const h = { "Content-Type": contentType };
  const key = $("api-key").value.trim();
  if (key) { h["Authorization"] = "Bearer " + key; }
  return h;
}

async function call(method, path, contentType, body) {
  const init = { method, headers: headers(contentType || "application/json") };
  if (body !== undefined) { init.body = body; }
  const r = await fetch(path, init);
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { json = null; }
  if (!r.ok) {
    const p = json || {};
    throw new Error((p.title || ("HTTP " + r.status)) + ": " + (p.detail || "") + (p.field ? " (" + p.field + ")" : ""));
  }
  return json;
}

// ---- views

function show(view) {
  for (const name of ["lint", "decide"]) {
    const on = name === view;
    $("view-" + name).hidden = !on;
    $("tab-" + name).setAttribute("aria-selected", on ? "true" : "false");
  }
}

// ---- lint

/** Offsets of each line start, so that 1-based line and column map to a UTF-16 offset as the API counts them. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) { if (text.charCodeAt(i) === 10) { starts.push(i + 1); } }
  return starts;
}

function offset(starts, text, line, column) {
  const base = starts[Math.min(line, starts.length) - 1] || 0;
  return Math.min(text.length, base + column - 1);
}

/**
 * Renders the text with one or more <mark> elements per finding, all with the finding's index: findings that
 * overlap are nested per segment, so that every finding is marked at its own place.
 */
function renderMarked(text, findings) {
  const starts = lineStarts(text);
  const spans = findings.map((f, i) => {
    const s = offset(starts, text, f.line, f.column);
    const e = Math.max(s, offset(starts, text, f.endLine, f.endColumn));
    return { i, s, e, f };
  });
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = $("marked");
  out.replaceChildren();
  const empties = new Map();
  for (const sp of spans) {
    if (sp.e === sp.s) { (empties.get(sp.s) || empties.set(sp.s, []).get(sp.s)).push(sp); }
  }
  for (let k = 0; k < points.length; k++) {
    const a = points[k];
    for (const sp of empties.get(a) || []) { out.appendChild(mark(sp, "")); }
    if (k === points.length - 1) { break; }
    const b = points[k + 1];
    const covering = spans.filter(sp => sp.s <= a && sp.e >= b && sp.e > sp.s)
      .sort((x, y) => (x.s - y.s) || (y.e - x.e) || (x.i - y.i));
    let node = document.createTextNode(text.slice(a, b));
    for (let c = covering.length - 1; c >= 0; c--) {
      const m = mark(covering[c], null);
      m.appendChild(node);
      node = m;
    }
    out.appendChild(node);
  }
}

function mark(sp, text) {
  const m = document.createElement("mark");
  m.className = "finding " + sp.f.severity + (text === "" ? " empty" : "");
  m.dataset.index = String(sp.i);
  m.dataset.rule = sp.f.ruleId;
  m.title = sp.f.severity + " " + sp.f.ruleId + ": " + sp.f.message;
  if (text !== null) { m.textContent = text; }
  m.addEventListener("click", () => openFinding(sp.i));
  return m;
}

function renderFindings(findings) {
  const list = $("findings");
  list.replaceChildren();
  findings.forEach((f, i) => {
    const li = document.createElement("li");
    li.className = f.severity;
    li.dataset.index = String(i);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "open-finding";
    b.dataset.index = String(i);
    const sev = document.createElement("span");
    sev.className = "sev " + f.severity;
    sev.textContent = f.severity;
    b.append(sev, document.createTextNode(f.line + ":" + f.column + " " + f.message));
    b.addEventListener("click", () => openFinding(i));
    li.appendChild(b);
    list.appendChild(li);
  });
  for (const sev of ["error", "warning", "suggestion"]) {
    $("count-" + sev).textContent = "(" + findings.filter(f => f.severity === sev).length + ")";
  }
}

function openFinding(i) {
  const f = state.findings[i];
  if (!f) { return; }
  document.querySelectorAll("mark.finding.active").forEach(m => m.classList.remove("active"));
  const marks = document.querySelectorAll('mark.finding[data-index="' + i + '"]');
  marks.forEach(m => m.classList.add("active"));
  if (marks.length > 0 && marks[0].scrollIntoView) { marks[0].scrollIntoView({ block: "nearest" }); }
  const rule = state.rules.get(f.ruleId);
  $("detail-title").textContent = f.severity + ": " + f.ruleId;
  $("detail-message").textContent = f.message + (f.match ? " (\u201c" + f.match + "\u201d)" : "");
  $("detail-reason").textContent = rule ? rule.summary + ". " + f.reason : f.reason;
  $("detail-fix").textContent = f.suggestion || "no fix suggested by this rule";
  const row = state.guide.get(f.guideRef);
  $("detail-guide").textContent = row
    ? f.guideRef + ": do \u201c" + row.recommendation + "\u201d; don\u2019t \u201c" + row.antiPattern + "\u201d"
    : f.guideRef + " (beyond the guide's table)";
  $("detail-rule").textContent = rule ? rule.id + ", default " + rule.severity + ", " + rule.category : f.ruleId;
  $("detail").hidden = false;
}

function applyFilter() {
  for (const box of $("severity-filter").querySelectorAll("input[type=checkbox]")) {
    const cls = "hide-" + box.value;
    $("marked").classList.toggle(cls, !box.checked);
    $("findings").classList.toggle(cls, !box.checked);
  }
}

async function loadReference() {
  try {
    const [rules, guide] = await Promise.all([
      call("GET", "/v1/rules"), call("GET", "/v1/guides/senior-backend-engineer")]);
    state.rules = new Map(rules.rules.map(r => [r.id, r]));
    state.guide = new Map((guide.jdGuidelines || []).map(g => [g.id, g]));
  } catch (e) {
    // without the key the reference data waits for the first successful call
  }
}

async function lint(event) {
  event.preventDefault();
  const text = $("posting").value;
  $("lint-status").textContent = "Checking\u2026";
  try {
    if (state.rules.size === 0) { await loadReference(); }
    const report = await call("POST", "/v1/lint", $("posting-format").value, text);
    const file = report.files[0];
    state.findings = file.findings;
    $("score").textContent = "Score " + file.score + "/100 \u2014 " + file.findings.length + " findings";
    renderMarked(text, file.findings);
    renderFindings(file.findings);
    applyFilter();
    $("detail").hidden = true;
    $("lint-result").hidden = false;
    $("lint-status").textContent = file.findings.length + " findings";
  } catch (e) {
    $("lint-status").textContent = e.message;
  }
}

function formatFor(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".html") || n.endsWith(".htm")) { return "text/html"; }
  if (n.endsWith(".txt")) { return "text/plain"; }
  return "text/markdown";
}

async function readFileInto(file, textarea, select) {
  textarea.value = await file.text();
  if (select) { select.value = formatFor(file.name); }
}

// ---- decide

async function decide(event) {
  event.preventDefault();
  $("decide-status").textContent = "Deciding\u2026";
  const from = $("decide-from").value;
  const policy = $("decide-policy").value;
  try {
    const rec = await call("POST", "/v1/decide?policy=" + encodeURIComponent(policy) + "&from=" + encodeURIComponent(from),
      "application/json", $("scorecards").value);
    const d = rec.decision;
    $("outcome").textContent = d.outcome + (d.score === null || d.score === undefined ? " (nothing rated)"
      : " \u2014 weighted score " + d.score.toFixed(2)) + " \u2014 candidate " + d.candidate;
    const crit = $("criteria").querySelector("tbody");
    crit.replaceChildren();
    for (const c of d.criteria) {
      crit.appendChild(row([c.id, String(c.count), c.mean === null ? "unrated" : c.mean.toFixed(2),
        c.spread === null ? "" : String(c.spread)]));
    }
    const trace = $("trace").querySelector("tbody");
    trace.replaceChildren();
    for (const t of d.trace) {
      const tr = row([t.rule, t.verdict, t.detail]);
      tr.children[1].className = "verdict-" + t.verdict;
      trace.appendChild(tr);
    }
    $("policy-ref").textContent = "policy " + d.policy.id + " v" + d.policy.version + " " + d.policy.hash
      + "; decided " + rec.decidedAt + "; input " + rec.inputDigest;
    $("decide-result").hidden = false;
    $("decide-status").textContent = "Decided: " + d.outcome;
  } catch (e) {
    $("decide-status").textContent = e.message;
  }
}

function row(cells) {
  const tr = document.createElement("tr");
  for (const c of cells) {
    const td = document.createElement("td");
    td.textContent = c;
    tr.appendChild(td);
  }
  return tr;
}

async function loadPolicies() {
  try {
    const list = await call("GET", "/v1/policies");
    const select = $("decide-policy");
    select.replaceChildren();
    for (const p of list.policies) {
      const o = document.createElement("option");
      o.value = p.id;
      o.textContent = p.id + " v" + p.version;
      select.appendChild(o);
    }
  } catch (e) {
    // keeps the built-in default
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("tab-lint").addEventListener("click", () => show("lint"));
  $("tab-decide").addEventListener("click", () => show("decide"));
  $("lint-form").addEventListener("submit", lint);
  $("decide-form").addEventListener("submit", decide);
  $("severity-filter").addEventListener("change", applyFilter);
  $("posting-file").addEventListener("change", e => {
    const f = e.target.files[0];
    if (f) { readFileInto(f, $("posting"), $("posting-format")); }
  });
  $("scorecards-file").addEventListener("change", e => {
    const f = e.target.files[0];
    if (f) { readFileInto(f, $("scorecards"), null); }
  });
  const area = $("posting");
  area.addEventListener("dragover", e => { e.preventDefault(); area.classList.add("drop"); });
  area.addEventListener("dragleave", () => area.classList.remove("drop"));
  area.addEventListener("drop", e => {
    e.preventDefault();
    area.classList.remove("drop");
    const f = e.dataTransfer.files[0];
    if (f) { readFileInto(f, area, $("posting-format")); }
  });
  loadReference();
  loadPolicies();
});
