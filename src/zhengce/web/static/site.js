/* Small progressive enhancements; every page works without them.
   - .prov spans: explanation shown on hover / click / keyboard focus (text built with textContent, never innerHTML)
   - [data-chart]: ECharts option read from a <script type="application/json"> block
   - [data-poll]: batch progress polled from its JSON twin
   - button[data-copy]: copies a quote (original or plain form) to the clipboard */
(function () {
  "use strict";
  var tip = null;
  function hideTip() { if (tip) { tip.remove(); tip = null; } }
  function showTip(el) {
    hideTip();
    var info;
    try { info = JSON.parse(el.getAttribute("data-prov") || "{}"); } catch (e) { return; }
    tip = document.createElement("div");
    tip.className = "prov-tip";
    tip.setAttribute("role", "tooltip");
    var rows = info.rows || [];
    rows.forEach(function (r) {
      var p = document.createElement("div");
      var b = document.createElement("b"); b.textContent = r[0] + "：";
      p.appendChild(b); p.appendChild(document.createTextNode(r[1]));
      tip.appendChild(p);
    });
    document.body.appendChild(tip);
    var rect = el.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + window.innerWidth - tip.offsetWidth - 12)) + "px";
    tip.style.top = (window.scrollY + rect.bottom + 6) + "px";
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest && ev.target.closest(".prov");
    if (el) showTip(el);
  });
  document.addEventListener("mouseout", function (ev) {
    var el = ev.target.closest && ev.target.closest(".prov");
    if (el && !el.classList.contains("pinned")) hideTip();
  });
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest && ev.target.closest(".prov");
    document.querySelectorAll(".prov.pinned").forEach(function (p) { if (p !== el) p.classList.remove("pinned"); });
    if (el) { el.classList.add("pinned"); showTip(el); } else if (!(ev.target.closest && ev.target.closest(".prov-tip"))) { hideTip(); }
  });
  document.addEventListener("focusin", function (ev) { if (ev.target.classList && ev.target.classList.contains("prov")) showTip(ev.target); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hideTip(); });

  function drawCharts() {
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var src = document.getElementById(el.getAttribute("data-chart"));
      if (!src) return;
      var option = JSON.parse(src.textContent);
      var chart = window.echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option);
      window.addEventListener("resize", function () { chart.resize(); });
      el.setAttribute("data-ready", "1");
    });
  }

  function poll(el) {
    var url = el.getAttribute("data-poll");
    var bar = el.querySelector(".progress > div");
    var label = el.querySelector(".progress-label");
    function tick() {
      fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          var job = data.job || data;
          var pct = job.total ? Math.round(100 * job.done / job.total) : 0;
          if (bar) bar.style.width = pct + "%";
          if (label) label.textContent = "已处理 " + job.done + " / " + job.total + " 行（" + pct + "%）";
          if (job.state === "done" || job.state === "failed") { window.location.reload(); }
          else { setTimeout(tick, 500); }
        })
        .catch(function () { setTimeout(tick, 1500); });
    }
    tick();
  }

  // The 测算 form: show only the fields of the chosen entity (all stay in the DOM; blank ones are not sent).
  function entityFilter() {
    var sel = document.getElementById("entity");
    var form = document.getElementById("check-form");
    if (!sel || !form) return;
    function apply() {
      form.querySelectorAll("[data-entities]").forEach(function (el) {
        var ok = el.getAttribute("data-entities").split(" ").indexOf(sel.value) >= 0;
        el.style.display = ok ? "" : "none";
      });
      form.querySelectorAll("details[data-group]").forEach(function (d) {
        var any = Array.prototype.some.call(d.querySelectorAll("[data-entities]"), function (el) { return el.style.display !== "none"; });
        d.style.display = any ? "" : "none";
      });
    }
    sel.addEventListener("change", apply);
    apply();
    // keep the shared URL short: blank fields are not submitted
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if ((el.value === "" && el.name) || (el.closest("[data-entities]") && el.closest("[data-entities]").style.display === "none")) { el.disabled = true; }
      });
    });
  }

  // Copy buttons ([data-copy]): the quote as printed or its plain form, to the clipboard.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area); area.select();
      try { document.execCommand("copy") ? resolve() : reject(); } catch (e) { reject(e); }
      area.remove();
    });
  }
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest && ev.target.closest("button[data-copy]");
    if (!btn) return;
    var label = btn.getAttribute("data-label") || btn.textContent;
    btn.setAttribute("data-label", label);
    copyText(btn.getAttribute("data-copy")).then(function () { btn.textContent = "已复制"; btn.classList.add("done"); },
      function () { btn.textContent = "请手动选择复制"; })
      .then(function () { setTimeout(function () { btn.textContent = label; btn.classList.remove("done"); }, 1500); });
  });

  document.addEventListener("DOMContentLoaded", function () {
    entityFilter();
    drawCharts();
    document.querySelectorAll("[data-poll]").forEach(poll);
  });
})();
