// Start page: links to each till display.
"use strict";
fetch("/api/tills")
  .then(function (response) { return response.json(); })
  .then(function (data) {
    const list = document.getElementById("tills");
    (data.tills || []).forEach(function (till) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "/till?till=" + encodeURIComponent(till);
      link.textContent = till;
      item.appendChild(link);
      list.appendChild(item);
    });
  });
