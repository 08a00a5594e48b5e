// Supervisor feed: nudges from every till, till status, filters, thumbs up/down, summaries.
"use strict";

(function () {
  const params = new URLSearchParams(window.location.search);
  const token = params.get("token") || "";
  const feed = document.getElementById("feed");
  const feedEmpty = document.getElementById("feed-empty");
  const tillsBox = document.getElementById("tills");
  const filterTill = document.getElementById("filter-till");
  const filterKind = document.getElementById("filter-kind");
  const template = document.getElementById("nudge-template");
  const connection = document.getElementById("connection");
  const connectionText = document.getElementById("connection-text");

  const nudges = new Map(); // id -> {data, element}
  const tills = new Map(); // till -> element
  const STATE_LABELS = { acknowledged: "acknowledged", expired: "faded", replaced: "replaced" };

  function clock(epochS) {
    const date = new Date(epochS * 1000);
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  function applyFilters() {
    const till = filterTill.value;
    const kind = filterKind.value;
    let visible = 0;
    nudges.forEach(function (entry) {
      const show = (!till || entry.data.till === till) && (!kind || entry.data.kind === kind);
      entry.element.classList.toggle("hidden", !show);
      if (show) visible += 1;
    });
    feedEmpty.classList.toggle("hidden", visible > 0);
    feedEmpty.textContent = nudges.size ? "No nudges match the filters." : "No nudges yet.";
  }

  function renderState(entry) {
    const data = entry.data;
    const state = entry.element.querySelector(".state");
    state.textContent = data.cleared ? STATE_LABELS[data.cleared] || data.cleared : "showing";
    state.dataset.state = data.cleared || "showing";
    entry.element.querySelectorAll(".verdict button").forEach(function (button) {
      const pressed = data.feedback === button.dataset.verdict;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
    });
    entry.element.dataset.feedback = data.feedback || "";
  }

  function addNudge(data) {
    if (nudges.has(data.id)) {
      const known = nudges.get(data.id);
      Object.assign(known.data, data);
      renderState(known);
      return;
    }
    const element = template.content.firstElementChild.cloneNode(true);
    element.dataset.nudgeId = data.id;
    element.dataset.kind = data.kind;
    element.querySelector(".time").textContent = clock(data.shown_epoch_s || Date.now() / 1000);
    element.querySelector(".till").textContent = data.till;
    element.querySelector(".kind").textContent = window.NUDGE_KIND_LABELS[data.kind] || data.kind;
    element.querySelector(".message").textContent = data.message;
    const evidence = element.querySelector(".evidence");
    (data.evidence || []).forEach(function (line) {
      const item = document.createElement("li");
      const who = document.createElement("span");
      who.className = "speaker";
      who.textContent = (line.speaker || "someone") + ":";
      item.appendChild(who);
      item.appendChild(document.createTextNode(" " + line.text));
      evidence.appendChild(item);
    });
    const entry = { data: data, element: element };
    element.querySelectorAll(".verdict button").forEach(function (button) {
      button.addEventListener("click", function () {
        live.send({ type: "feedback", nudge_id: data.id, verdict: button.dataset.verdict });
        entry.data.feedback = button.dataset.verdict; // optimistic; the server echoes it
        renderState(entry);
      });
    });
    nudges.set(data.id, entry);
    ensureTill(data.till);
    feed.insertBefore(element, feed.firstChild);
    renderState(entry);
    applyFilters();
  }

  function ensureTill(till) {
    if (tills.has(till)) return tills.get(till);
    const card = document.createElement("article");
    card.className = "till-card";
    card.dataset.till = till;
    card.innerHTML =
      '<div class="till-head"><span class="name"></span><span class="listening off">no audio</span></div>' +
      '<div class="level"><div class="bar"></div></div>' +
      '<p class="last"><span class="when"></span> <span class="text">No speech yet.</span></p>' +
      '<p class="engine"></p>';
    card.querySelector(".name").textContent = till;
    tillsBox.appendChild(card);
    tills.set(till, card);
    const option = document.createElement("option");
    option.value = till;
    option.textContent = till;
    filterTill.appendChild(option);
    return card;
  }

  function setStatus(status) {
    const card = ensureTill(status.till);
    const listening = card.querySelector(".listening");
    const quiet = status.state === "ended" || status.state === "starting";
    listening.className = "listening " + (status.listening ? "on" : quiet ? "idle" : "off");
    listening.textContent = status.listening ? "listening" : status.state || "not listening";
    const level = typeof status.level_dbfs === "number" ? status.level_dbfs : -90;
    const fraction = Math.max(0, Math.min(1, (level + 60) / 60));
    card.querySelector(".bar").style.width = Math.round(fraction * 100) + "%";
    const last = status.last_utterance;
    if (last && last.text) {
      card.querySelector(".when").textContent = last.epoch_s ? clock(last.epoch_s) : "";
      card.querySelector(".text").textContent = (last.speaker ? last.speaker + ": " : "") + last.text;
    }
    const parts = [];
    if (typeof status.nudges === "number") parts.push(status.nudges + (status.nudges === 1 ? " nudge" : " nudges"));
    if (status.engine) parts.push(status.engine);
    card.querySelector(".engine").textContent = parts.join(" · ");
    card.title = status.detail || "";
  }

  function setConnection(state, detail) {
    connection.className = "connection " + state;
    connectionText.textContent = { live: "live", connecting: "connecting", offline: "reconnecting", rejected: "not allowed" }[state] || state;
    connection.title = detail || state;
    if (state === "rejected") {
      feedEmpty.textContent = (detail || "Not allowed") + " — open the link printed by the assistant.";
      feedEmpty.classList.remove("hidden");
    }
  }

  const live = new window.LiveConnection({
    role: "supervisor",
    token: token,
    onState: setConnection,
    onSnapshot: function (snapshot) {
      (snapshot.tills || []).forEach(ensureTill);
      Object.values(snapshot.statuses || {}).forEach(setStatus);
      (snapshot.nudges || []).forEach(addNudge);
    },
    onEvent: function (event) {
      if (event.type === "nudge") {
        addNudge(Object.assign({ shown_epoch_s: event.epoch_s, cleared: null, feedback: null }, event.nudge));
      } else if (event.type === "nudge_cleared" && nudges.has(event.nudge_id)) {
        const entry = nudges.get(event.nudge_id);
        entry.data.cleared = event.reason;
        renderState(entry);
      } else if (event.type === "nudge_feedback" && nudges.has(event.nudge_id)) {
        const entry = nudges.get(event.nudge_id);
        entry.data.feedback = event.verdict;
        renderState(entry);
      }
    },
    onStatus: setStatus,
  });

  filterTill.addEventListener("change", applyFilters);
  filterKind.addEventListener("change", applyFilters);

  function loadSummaries() {
    fetch("/api/summaries", { headers: { Authorization: "Bearer " + token } })
      .then(function (response) { return response.ok ? response.json() : { summaries: [] }; })
      .then(function (data) {
        const list = document.getElementById("summaries");
        list.textContent = "";
        (data.summaries || []).forEach(function (summary) {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = summary.url + "?token=" + encodeURIComponent(token);
          link.textContent = summary.title;
          link.target = "_blank";
          link.rel = "noopener";
          item.appendChild(link);
          if (summary.detail) {
            const detail = document.createElement("span");
            detail.className = "detail";
            detail.textContent = " " + summary.detail;
            item.appendChild(detail);
          }
          list.appendChild(item);
        });
        document.getElementById("summaries-empty").classList.toggle("hidden", (data.summaries || []).length > 0);
      })
      .catch(function () { /* offline: try again later */ });
  }

  live.start();
  loadSummaries();
  window.setInterval(loadSummaries, 60000);
})();
