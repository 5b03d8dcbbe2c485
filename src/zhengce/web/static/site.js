/* Small progressive enhancements; every page works without them.
   - .prov spans: explanation shown on hover / click / keyboard focus (text built with textContent, never innerHTML)
   - [data-chart]: ECharts option read from a <script type="application/json"> block (money units in tooltips)
   - [data-poll]: batch progress polled from its JSON twin
   - input[data-money]: amounts checked as they are typed, with a Chinese hint
   - button[data-copy]: copies a quote (original or plain form) to the clipboard */
(function () {
  "use strict";
  // The house style of zhengce.money.format_fen (docs/money.md) for figures the page computes from BigInt
  // fen (the 安心宝 deposit preview); tests/web/test_browser_money.py checks it against the Python formatter.
  function formatFen(fen) {
    fen = BigInt(fen);
    var sign = fen < 0n ? "-" : "";
    if (fen < 0n) fen = -fen;
    function trim(q, r, width) {
      var s = q.toString();
      if (r) s += "." + r.toString().padStart(width, "0").replace(/0+$/, "");
      return s;
    }
    if (fen >= 1000000n && fen % 100n === 0n) {
      if (fen >= 10000000000n && fen % 1000000n === 0n) return sign + trim(fen / 10000000000n, fen % 10000000000n, 10) + "亿元";
      return sign + trim(fen / 1000000n, fen % 1000000n, 6) + "万元";
    }
    var yuan = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ","), cents = fen % 100n;
    return sign + yuan + (cents ? "." + cents.toString().padStart(2, "0") : "") + "元";
  }
  window.zhengceMoney = { formatFen: formatFen };

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

  // Money charts carry their unit (元, 万元 or 亿元: zhengce.money.chart_axis) as the value axis name;
  // tooltips and bar labels then read "24.2万元", not a bare number.
  function moneyUnit(option) {
    var axes = [].concat(option.yAxis || [], option.xAxis || []);
    var unit = null;
    axes.forEach(function (a) { if (a && a.type !== "category" && ["元", "万元", "亿元"].indexOf(a.name) >= 0) unit = a.name; });
    if (!unit) return;
    var fmt = function (v) { return (v === null || v === undefined || v === "") ? "—" : String(v) + unit; };
    option.tooltip = option.tooltip || {};
    option.tooltip.valueFormatter = fmt;
    (option.series || []).forEach(function (s) {
      if (s.label && s.label.show) s.label.formatter = function (p) { return fmt(p.value); };
    });
  }

  function drawCharts() {
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var src = document.getElementById(el.getAttribute("data-chart"));
      if (!src) return;
      var option = JSON.parse(src.textContent);
      moneyUnit(option);
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

  // Money fields ([data-money]) check as the user types what zhengce.money.parse_money accepts — 150万,
  // 1.5亿, 150,000, １５０万 — and say so in Chinese; the server reads the amount (this only helps typing).
  var AMOUNT = /^[+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(万元|万|亿元|亿|元)?$/;
  function moneyText(v) {
    return v.replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
      .replace(/[\s\u3000¥￥_]/g, "").replace(/萬/g, "万").replace(/億/g, "亿").replace(/圓/g, "元").replace(/。/g, ".");
  }
  function moneyFields() {
    document.querySelectorAll("input[data-money]").forEach(function (el) {
      var hint = document.createElement("div");
      hint.className = "field-hint";
      hint.setAttribute("aria-live", "polite");
      el.insertAdjacentElement("afterend", hint);
      function check() {
        var raw = el.value.trim(), t = moneyText(raw), m = AMOUNT.exec(t);
        var ok = raw === "" || (m && (m[1] || m[3]));
        var msg = ok ? "" : "金额「" + raw + "」无法识别：请写成 150万、1.5亿 或 150000 这样的数字";
        el.setCustomValidity(msg);
        hint.textContent = msg;
        el.classList.toggle("invalid", !ok);
      }
      el.addEventListener("input", check);
      check();
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
    moneyFields();
    entityFilter();
    drawCharts();
    document.querySelectorAll("[data-poll]").forEach(poll);
  });
})();
