// Till display: one nudge at a time, large and calm; tap to acknowledge; fades by itself.
"use strict";

(function () {
  const params = new URLSearchParams(window.location.search);
  const till = params.get("till");
  const nudgeBox = document.getElementById("nudge");
  const kindText = document.getElementById("nudge-kind");
  const messageText = document.getElementById("nudge-message");
  const idle = document.getElementById("idle");
  const idleText = document.getElementById("idle-text");
  const listening = document.getElementById("listening");
  const connection = document.getElementById("connection");
  const connectionText = document.getElementById("connection-text");

  const TILL_LABELS = {
    gossip: "Focus",
    repeated_question: "Already asked",
    rushed_upsell: "Take it slow",
  };
  let current = null;
  let displayMs = 30000;
  let fadeTimer = null;

  document.getElementById("idle-till").textContent = till ? till : "";

  function show(nudge, shownEpochS) {
    current = nudge;
    // Discreet words on the till screen: a customer may glance at it too.
    kindText.textContent = TILL_LABELS[nudge.kind] || "A thought";
    messageText.textContent = nudge.message;
    nudgeBox.dataset.kind = nudge.kind;
    nudgeBox.dataset.nudgeId = nudge.id;
    nudgeBox.classList.remove("hidden", "fading");
    idle.classList.add("hidden");
    if (fadeTimer) window.clearTimeout(fadeTimer);
    let remaining = displayMs;
    if (shownEpochS) remaining = Math.max(1500, displayMs - (Date.now() / 1000 - shownEpochS) * 1000);
    fadeTimer = window.setTimeout(function () { hide(nudge.id); }, remaining);
  }

  function hide(nudgeId) {
    if (!current || (nudgeId && current.id !== nudgeId)) return;
    current = null;
    if (fadeTimer) window.clearTimeout(fadeTimer);
    fadeTimer = null;
    nudgeBox.classList.add("fading");
    window.setTimeout(function () {
      if (current) return;
      nudgeBox.classList.add("hidden");
      nudgeBox.classList.remove("fading");
      delete nudgeBox.dataset.nudgeId;
      idle.classList.remove("hidden");
    }, 800);
  }

  function setConnection(state, detail) {
    connection.className = "connection " + state;
    connectionText.textContent = { live: "live", connecting: "connecting", offline: "reconnecting", rejected: "not allowed" }[state] || state;
    connection.title = detail || state;
    if (state === "rejected") idleText.textContent = detail || "Not allowed";
  }

  function setStatus(status) {
    if (!status) return;
    const on = !!status.listening;
    const quiet = status.state === "ended" || status.state === "starting";
    listening.className = "listening " + (on ? "on" : quiet ? "idle" : "off");
    listening.textContent = on ? "listening" : quiet ? "not listening" : "microphone off";
  }

  if (!till) {
    idleText.textContent = "Open this page as /till?till=YOUR-TILL-ID";
    setConnection("rejected", "no till id");
    return;
  }

  const live = new window.LiveConnection({
    role: "till",
    till: till,
    onState: setConnection,
    onSnapshot: function (snapshot) {
      displayMs = (snapshot.display_s || 30) * 1000;
      setStatus(snapshot.status);
      if (snapshot.nudge) show(snapshot.nudge, snapshot.nudge_shown_epoch_s);
      else if (current) hide(current.id);
    },
    onEvent: function (event) {
      if (event.type === "nudge") {
        // A nudge replayed after a long outage is history, not something to act on now.
        if (Date.now() / 1000 - event.epoch_s > displayMs / 1000) return;
        show(event.nudge, event.epoch_s);
      }
      else if (event.type === "nudge_cleared") hide(event.nudge_id);
    },
    onStatus: setStatus,
  });

  function acknowledge() {
    if (!current) return;
    live.send({ type: "ack", nudge_id: current.id });
    hide(current.id);
  }
  nudgeBox.addEventListener("click", acknowledge);
  nudgeBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") acknowledge();
  });

  live.start();
})();
