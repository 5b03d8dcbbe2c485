/* 安心宝工作台: amounts typed in 万元 are read exactly (BigInt fen, never floating point) and the
   minimum deposit of each milestone (≥ its ratio of the tranche, rounded up to the fen) is shown before
   the form is sent. The server checks everything again; this only shows the figures early. */
(function () {
  "use strict";

  // "12.5" / "12.5万" / "3000元" / "1亿" → BigInt fen, or null when it is not an amount
  function toFen(text) {
    var t = String(text || "").replace(/[,，\s]/g, "");
    var m = /^(\d+)(?:\.(\d+))?(万元|万|亿元|亿|元)?$/.exec(t);
    if (!m) return null;
    var unit = m[3] || "万";
    var digits = { "元": 2, "万": 6, "万元": 6, "亿": 10, "亿元": 10 }[unit];
    var frac = m[2] || "";
    if (frac.length > digits) return null; // a fraction of a fen
    var scale = 10n ** BigInt(digits);
    return BigInt(m[1]) * scale + BigInt((frac + "0".repeat(digits)).slice(0, digits));
  }

  function ceilShare(fen, num, den) { return (fen * num + den - 1n) / den; }

  // BigInt fen in the house style (zhengce.money.format_fen, mirrored in site.js): 10万元, 12.05万元, 1,234.50元
  function wan(fen) { return window.zhengceMoney.formatFen(fen); }

  function ratio(text) { // "0.1" or "1/10" → [num, den]
    var t = String(text);
    if (t.indexOf("/") >= 0) { var p = t.split("/"); return [BigInt(p[0]), BigInt(p[1])]; }
    var m = /^(\d+)(?:\.(\d+))?$/.exec(t);
    var frac = m[2] || "";
    return [BigInt(m[1] + frac), 10n ** BigInt(frac.length)];
  }

  // the deposit field of a milestone: minimum shown, the typed amount checked as it is typed
  document.querySelectorAll("input[data-tranche-fen]").forEach(function (input) {
    var out = input.closest("form").querySelector(".deposit-check");
    var tranche = BigInt(input.dataset.trancheFen);
    var num = BigInt(input.dataset.ratioNum), den = BigInt(input.dataset.ratioDen);
    var min = ceilShare(tranche, num, den);
    function show() {
      var fen = toFen(input.value);
      if (fen === null) { out.textContent = "请填写金额（万元），最低 " + wan(min); out.className = "deposit-check small error"; return; }
      var ok = fen >= min && fen <= tranche;
      out.textContent = "最低保证金 " + wan(min) + "（本期经费 " + wan(tranche) + " × " + (num * 100n / den) + "%）；填写 " +
        wan(fen) + (ok ? " ✓" : fen < min ? " ✗ 低于最低保证金" : " ✗ 超过本期经费");
      out.className = "deposit-check small " + (ok ? "ok" : "error");
    }
    input.addEventListener("input", show);
    show();
  });

  // the application form: each milestone's minimum deposit, the sum of the tranches
  var form = document.getElementById("apply-form");
  if (form) {
    var first = ratio(form.dataset.ratioFirst), next = ratio(form.dataset.ratioNext);
    var minContract = toFen(form.dataset.minContract);
    var update = function () {
      var sum = 0n, deposits = 0n, bad = false;
      form.querySelectorAll("#apply-milestones tr[data-row]").forEach(function (row, i) {
        var cell = row.querySelector(".m-deposit");
        var v = row.querySelector(".m-amount").value;
        if (!v.trim()) { cell.textContent = "—"; return; }
        var fen = toFen(v);
        if (fen === null) { cell.textContent = "金额无法识别"; bad = true; return; }
        var r = i === 0 ? first : next;
        var d = ceilShare(fen, r[0], r[1]);
        cell.textContent = wan(d);
        sum += fen; deposits += d;
      });
      document.getElementById("apply-sum").textContent = sum ? wan(sum) : "—";
      document.getElementById("apply-deposit-sum").textContent = deposits ? wan(deposits) : "—";
      var total = toFen(form.querySelector("[name=contract_total]").value);
      var equip = toFen(form.querySelector("[name=equipment]").value || "0") || 0n;
      var msg = document.getElementById("apply-check");
      if (total === null || bad) { msg.textContent = ""; return; }
      var eligible = total - equip;
      var notes = [];
      if (eligible < minContract) notes.push("✗ 扣除设备费后的合作经费 " + wan(eligible) + " 低于 " + wan(minContract));
      if (sum && sum !== eligible) notes.push("✗ 各期经费合计 " + wan(sum) + "，应等于合作经费 " + wan(eligible));
      if (!notes.length && sum) notes.push("✓ 合作经费 " + wan(eligible) + "，第1期应先存入保证金 " +
        document.querySelector("#apply-milestones tr[data-row='0'] .m-deposit").textContent);
      msg.textContent = notes.join("；");
      msg.className = "small " + (notes.length && notes[0][0] === "✗" ? "error" : "ok");
    };
    form.addEventListener("input", update);
    update();
  }
})();
