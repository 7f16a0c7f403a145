"use strict";
// Renders /api/stats into the page and refreshes it every 5 seconds.
const REFRESH_MS = 5000;

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  if (className) td.className = className;
  return td;
}

function row(...cells) {
  const tr = document.createElement("tr");
  cells.forEach(c => tr.appendChild(c));
  return tr;
}

function fill(tableId, rows) {
  document.querySelector(`#${tableId} tbody`).replaceChildren(...rows);
}

function stateCell(state) {
  const td = document.createElement("td");
  const span = document.createElement("span");
  span.className = `state ${state}`;
  span.textContent = state;
  td.appendChild(span);
  return td;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : "";
}

function bytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function renderTargets(targets) {
  fill("targets", targets.map(t => {
    const tr = row(cell(t.name), cell(t.kind), stateCell(t.state), cell(when(t.since)),
      cell(t.blockedBy ? `${t.reason} (waiting for ${t.blockedBy})` : t.reason),
      cell(t.checkedAt ? `${t.latencyMs} ms` : "not probed yet"));
    tr.dataset.target = t.name;
    return tr;
  }));
  const down = targets.filter(t => t.state !== "UP").length;
  document.getElementById("summary").textContent =
    down === 0 ? `All ${targets.length} services are up` : `${down} of ${targets.length} services need attention`;
}

function renderTranscode(t) {
  const facts = { queued: t.queued, running: t.running, done: t.done, failed: t.failed, damaged: t.damaged, "bytes saved": bytes(t.bytesSaved) };
  const dl = document.getElementById("transcode");
  dl.replaceChildren(...Object.entries(facts).flatMap(([k, v]) => {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v; dd.dataset.fact = k;
    const div = document.createElement("div"); div.append(dt, dd);
    return [div];
  }));
  fill("jobs", t.jobs.map(j => {
    const progress = document.createElement("td");
    const bar = document.createElement("progress");
    bar.max = 100; bar.value = j.percent;
    progress.append(bar, ` ${j.percent.toFixed(1)} %`);
    return row(cell(j.path), cell(j.state), progress, cell(j.speed ? `${j.speed}x` : ""), cell(j.etaSeconds ? `${j.etaSeconds} s` : ""));
  }));
}

function renderQueues(queues) {
  fill("queues", queues.map(q => row(cell(q.name), cell(q.ready), cell(q.unacked))));
}

async function refresh() {
  try {
    // location.origin never carries user:password, which fetch() refuses in a URL
    const response = await fetch(new URL("api/stats", location.origin + location.pathname), { headers: { Accept: "application/json" }, cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const stats = await response.json();
    renderTargets(stats.targets);
    renderTranscode(stats.transcode);
    renderQueues(stats.queues);
    document.getElementById("updated").textContent = `updated ${when(stats.generatedAt)}`;
    document.body.dataset.loaded = "true";
  } catch (e) {
    document.getElementById("summary").textContent = `status unavailable: ${e.message}`;
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
