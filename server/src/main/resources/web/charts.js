// Readout charts: draws the tables the server rendered (which stay as the no-JavaScript view).
(function () {
  "use strict";
  if (!window.Chart) {
    return;
  }
  var css = getComputedStyle(document.documentElement);
  function color(name) {
    return css.getPropertyValue(name).trim();
  }

  var table = document.getElementById("timeline-table");
  var canvas = document.getElementById("timeline-chart");
  if (table && canvas) {
    var rows = table.querySelectorAll("tbody tr");
    var days = [];
    var byQuad = [[], [], [], []];
    var goldstein = [];
    var hrefs = [];
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i].dataset;
      days.push(r.day);
      for (var q = 0; q < 4; q++) {
        byQuad[q].push(Number(r["q" + (q + 1)]));
      }
      goldstein.push(r.goldstein === "" ? null : Number(r.goldstein));
      hrefs.push(r.href);
    }
    var names = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
    var datasets = names.map(function (label, q) {
      return {
        type: "bar",
        label: label,
        data: byQuad[q],
        backgroundColor: color("--q" + (q + 1)),
        stack: "events",
        yAxisID: "y",
        order: 2
      };
    });
    datasets.push({
      type: "line",
      label: "Mean Goldstein",
      data: goldstein,
      borderColor: "#0f172a",
      backgroundColor: "#0f172a",
      pointRadius: 3,
      spanGaps: true,
      tension: 0,
      yAxisID: "goldstein",
      order: 1
    });
    var chart = new Chart(canvas, {
      data: { labels: days, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
          goldstein: {
            position: "right", min: -10, max: 10,
            title: { display: true, text: "Goldstein" }, grid: { drawOnChartArea: false }
          }
        },
        onClick: function (ev, elements) {
          if (elements.length) {
            location.href = hrefs[elements[0].index];
          }
        }
      }
    });
    canvas.dataset.drawn = String(chart.data.labels.length);
  }

  var series = document.getElementById("mentions-table");
  var mentions = document.getElementById("mentions-chart");
  if (series && mentions) {
    var srows = series.querySelectorAll("tbody tr");
    var labels = [];
    var counts = [];
    for (var j = 0; j < srows.length; j++) {
      labels.push(srows[j].dataset.day);
      counts.push(Number(srows[j].dataset.count));
    }
    var m = new Chart(mentions, {
      type: "line",
      data: { labels: labels, datasets: [{ label: "Mentions", data: counts, borderColor: color("--actor"), backgroundColor: color("--actor"), tension: 0 }] },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    mentions.dataset.drawn = String(m.data.labels.length);
  }
})();
