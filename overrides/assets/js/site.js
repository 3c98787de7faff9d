/* Site script: names Material's search dialog for screen readers, and draws every
 * <div class="plan-chart" data-figure="…"> on the page.
 * plotly.js (served from this site) is loaded only when a page has a chart, once.
 * Works with Material's instant navigation (document$) and on plain pages (embeds). */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/js\/site\.js(\?.*)?$/, "") : "assets/";
  var loading = null;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function plotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = load(base + "vendor/plotly-basic-4.1.1.min.js")
        .then(function () { return load(base + "vendor/plotly-locale-zh-cn-3.7.0.js"); })
        .then(function () { return window.Plotly; });
    }
    return loading;
  }

  function label() {
    var dialog = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    if (dialog) dialog.setAttribute("aria-label", "搜索");
  }

  // Built without SITE_URL, pages carry relative links only: the citation and the embed
  // code are completed here from the page's own address, so what a reader copies works.
  function complete() {
    var here = location.origin + location.pathname;
    document.querySelectorAll("[data-page-address]").forEach(function (node) {
      if (!node.textContent.trim()) node.textContent = here;
    });
    document.querySelectorAll("code[data-embed-src]").forEach(function (node) {
      var rel = node.getAttribute("data-embed-src");
      if (/^[a-z]+:/i.test(rel)) return;
      var abs = new URL(rel, location.href).href;
      node.textContent = node.textContent.split('src="' + rel + '"').join('src="' + abs + '"');
      node.setAttribute("data-embed-src", abs);
    });
  }

  function draw() {
    label();
    complete();
    var nodes = document.querySelectorAll(".plan-chart[data-figure]:not([data-drawn])");
    if (!nodes.length) return;
    plotly().then(function (Plotly) {
      nodes.forEach(function (node) {
        var fig = JSON.parse(node.getAttribute("data-figure"));
        node.setAttribute("data-drawn", "1");
        Plotly.newPlot(node, fig.data, fig.layout, {
          responsive: true, displaylogo: false, locale: "zh-CN",
          modeBarButtonsToRemove: ["select2d", "lasso2d"]
        });
      });
    });
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(draw);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
