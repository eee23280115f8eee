// newslens report: layer toggles and annotation details. Reads only the JSON
// block below; every string goes into the page through textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("nl-data").textContent);
  var root = document.getElementById("nl-root");
  var box = document.getElementById("nl-details");
  var body = box.querySelector(".nl-details-body");
  var active = [];

  document.querySelectorAll(".nl-toggle input").forEach(function (input) {
    input.addEventListener("change", function () {
      root.classList.toggle("nl-off-" + input.getAttribute("data-layer-index"), !input.checked);
    });
  });

  function layerOn(mark) {
    var i = mark.getAttribute("data-layer-index");
    return !root.classList.contains("nl-off-" + i);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function clearActive() {
    active.forEach(function (m) { m.classList.remove("nl-active"); });
    active = [];
  }

  function show(ids) {
    clearActive();
    body.textContent = "";
    ids.forEach(function (id) {
      var info = data.ann[id];
      if (!info) return;
      var item = el("section", "nl-item nl-l" + info.index);
      var h = el("h3");
      h.appendChild(el("span", "nl-swatch"));
      h.appendChild(el("span", "", info.title));
      if (info.label) h.appendChild(el("span", "nl-chip nl-chip-" + info.label.replace(/[^a-z]/g, ""), info.label));
      item.appendChild(h);
      item.appendChild(el("blockquote", "", info.text));
      if (info.fields.length) {
        var dl = el("dl");
        info.fields.forEach(function (f) {
          dl.appendChild(el("dt", "", f[0]));
          dl.appendChild(el("dd", "", f[1]));
        });
        item.appendChild(dl);
      }
      body.appendChild(item);
      document.querySelectorAll("[data-id]").forEach(function (m) {
        if (m.getAttribute("data-id") === id && m.classList.contains("nl-m")) {
          m.classList.add("nl-active");
          active.push(m);
        }
      });
    });
    box.hidden = ids.length === 0;
  }

  function idsAt(target) {
    var ids = [];
    for (var n = target; n && n !== root; n = n.parentElement) {
      if (n.classList && n.classList.contains("nl-m") && layerOn(n)) {
        var id = n.getAttribute("data-id");
        if (id && ids.indexOf(id) < 0) ids.push(id);
      }
    }
    return ids;
  }

  root.addEventListener("click", function (event) {
    var goto = event.target.closest ? event.target.closest("[data-goto]") : null;
    if (goto) {
      var id = goto.getAttribute("data-goto");
      var first = null;
      document.querySelectorAll(".nl-m").forEach(function (m) {
        if (!first && m.getAttribute("data-id") === id) first = m;
      });
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      show([id]);
      return;
    }
    var ids = idsAt(event.target);
    if (ids.length) show(ids);
  });

  root.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.classList && event.target.classList.contains("nl-m")) {
      event.preventDefault();
      show(idsAt(event.target));
    }
  });

  box.querySelector(".nl-close").addEventListener("click", function () { show([]); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") show([]); });
})();
