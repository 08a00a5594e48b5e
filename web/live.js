// Live connection to the assistant: hello, snapshot, numbered events, resume, reconnect.
// Shared by the till display and the supervisor feed. No build step, no dependencies.
"use strict";

(function (global) {
  const PROTOCOL_VERSION = 1;
  const FATAL_CODES = new Set(["bad-token", "unknown-till", "hello-expected"]);

  function LiveConnection(options) {
    this.role = options.role;
    this.till = options.till || null;
    this.token = options.token || null;
    this.onSnapshot = options.onSnapshot || function () {};
    this.onEvent = options.onEvent || function () {};
    this.onStatus = options.onStatus || function () {};
    this.onState = options.onState || function () {};
    this.storageKey = "assistant.lastSeq." + this.role + "." + (this.till || "*");
    const stored = global.sessionStorage ? global.sessionStorage.getItem(this.storageKey) : null;
    this.lastSeq = stored === null ? null : Number(stored);
    this.retryMs = 500;
    this.socket = null;
    this.stopped = false;
  }

  LiveConnection.prototype.url = function () {
    const scheme = global.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + global.location.host + "/ws";
  };

  LiveConnection.prototype.rememberSeq = function (seq) {
    this.lastSeq = seq;
    try {
      global.sessionStorage.setItem(this.storageKey, String(seq));
    } catch (e) {
      /* private mode: resume still works within this page */
    }
  };

  LiveConnection.prototype.start = function () {
    const self = this;
    self.onState("connecting");
    let socket;
    try {
      socket = new WebSocket(self.url());
    } catch (e) {
      self.scheduleReconnect();
      return;
    }
    self.socket = socket;
    socket.onopen = function () {
      socket.send(
        JSON.stringify({
          type: "hello",
          v: PROTOCOL_VERSION,
          role: self.role,
          till: self.till,
          token: self.token,
          last_seq: self.lastSeq,
        })
      );
    };
    socket.onmessage = function (message) {
      let data;
      try {
        data = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      if (!data || data.v !== PROTOCOL_VERSION) return;
      if (data.type === "error") {
        if (FATAL_CODES.has(data.code)) {
          self.stopped = true;
          self.onState("rejected", data.message);
        }
        return;
      }
      if (data.type === "snapshot") {
        self.retryMs = 500;
        // A reset log (server state wiped) numbers from scratch: follow it.
        if (self.lastSeq === null || data.complete === false || data.seq < self.lastSeq) {
          self.rememberSeq(data.seq);
        }
        self.onState("live");
        self.onSnapshot(data);
        return;
      }
      if (data.type === "till_status") {
        self.onStatus(data);
        return;
      }
      if (typeof data.seq === "number") {
        if (self.lastSeq !== null && data.seq <= self.lastSeq) return; // already seen
        self.rememberSeq(data.seq);
      }
      self.onEvent(data);
    };
    socket.onclose = function () {
      self.socket = null;
      if (self.stopped) return;
      self.onState("offline");
      self.scheduleReconnect();
    };
  };

  LiveConnection.prototype.scheduleReconnect = function () {
    const self = this;
    const delay = self.retryMs * (0.75 + Math.random() * 0.5);
    self.retryMs = Math.min(self.retryMs * 2, 10000);
    global.setTimeout(function () {
      if (!self.stopped) self.start();
    }, delay);
  };

  LiveConnection.prototype.send = function (message) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    message.v = PROTOCOL_VERSION;
    this.socket.send(JSON.stringify(message));
    return true;
  };

  global.LiveConnection = LiveConnection;
  global.NUDGE_KIND_LABELS = {
    gossip: "Gossip",
    repeated_question: "Repeated question",
    rushed_upsell: "Rushed upsell",
  };
})(window);
