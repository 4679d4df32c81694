// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Draws today's date on the work plan's Gantt chart. Done here, not at
  // generation time, so two builds of the same corpus stay byte-identical.
  function drawToday() {
    var svg = document.getElementById("gantt");
    if (!svg) { return; }
    var from = Date.parse(svg.getAttribute("data-from"));
    var to = Date.parse(svg.getAttribute("data-to"));
    var now = Date.now();
    if (isNaN(from) || isNaN(to) || now < from || now > to) { return; }
    var x = Number(svg.getAttribute("data-x0")) +
            (now - from) / 86400000 * Number(svg.getAttribute("data-px-per-day"));
    var line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("id", "today");
    line.setAttribute("x1", x); line.setAttribute("x2", x);
    line.setAttribute("y1", svg.getAttribute("data-y0")); line.setAttribute("y2", svg.getAttribute("data-y1"));
    line.setAttribute("stroke", "#b00020"); line.setAttribute("stroke-width", "2");
    var label = document.createElementNS("http://www.w3.org/2000/svg", "title");
    label.textContent = "Šodiena";
    line.appendChild(label);
    svg.appendChild(line);
    // The line says what it is, under the rows (the chart leaves room for it there).
    var words = document.createElementNS("http://www.w3.org/2000/svg", "text");
    words.setAttribute("id", "today-label");
    words.setAttribute("x", x); words.setAttribute("y", Number(svg.getAttribute("data-y1")) + 15);
    words.setAttribute("text-anchor", "middle"); words.setAttribute("font-size", "12");
    words.setAttribute("fill", "#b00020");
    words.textContent = "šodien, " + new Date(now).toLocaleDateString("lv-LV");
    svg.appendChild(words);
  }

  // Lets a table's rows stack on a phone (style.css, table.stacked): each cell gets its
  // column's heading as data-label. Without script such a table scrolls in its own box.
  function labelTables() {
    var tables = document.querySelectorAll("main table");
    for (var i = 0; i < tables.length; i++) {
      var t = tables[i];
      var heads = t.tHead && t.tHead.rows.length === 1 ? t.tHead.rows[0].cells : null;
      if (!heads || t.id === "matrix" || t.id === "workplan-table") { continue; }
      for (var r = 0; r < t.tBodies.length; r++) {
        var rows = t.tBodies[r].rows;
        for (var k = 0; k < rows.length; k++) {
          for (var c = 0; c < rows[k].cells.length && c < heads.length; c++) {
            rows[k].cells[c].setAttribute("data-label", heads[c].textContent.trim());
          }
        }
      }
      t.classList.add("stacked");
    }
  }

  function start() {
    drawToday();
    labelTables();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
