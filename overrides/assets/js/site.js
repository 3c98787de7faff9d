/* Site script: draws every <div class="plan-chart" data-figure="…"> on the page, and runs
 * the search box in the header (overrides/partials/site-search.html).
 * plotly.js (served from this site) is loaded only when a page has a chart and the reader
 * engages with it (see below), once; charts follow the light or dark scheme. Pagefind
 * (this site's pagefind/ folder) only when the reader first opens or focuses search.
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
        .then(function () { return load(base + "vendor/plotly-locale-zh-cn-4.1.1.js"); })
        .then(function () { return window.Plotly; });
    }
    return loading;
  }

  // Built without SITE_URL, pages carry relative links only: the citation and the embed
  // code are completed here from the page's own address, so what a reader copies works.
  function complete() {
    var here = location.href.split("#")[0].split("?")[0];
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
    // GB/T 7714's access date ([引用日期]) is the day the reader cites the page, in Beijing time
    var today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
    document.querySelectorAll("[data-access-date]").forEach(function (node) { node.textContent = today; });
    document.querySelectorAll("button[data-copy]:not([data-ready])").forEach(function (button) {
      button.setAttribute("data-ready", "");
      button.addEventListener("click", function () { copy(button); });
    });
  }

  // One tap copies the citation beside the button, as its text
  function copy(button) {
    var node = button.parentNode.querySelector(button.getAttribute("data-copy"));
    var value = node.textContent.trim();
    function done(ok) {
      button.textContent = ok ? "已复制" : "请手动复制";
      setTimeout(function () { button.textContent = "复制"; }, 2000);
    }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(node);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  // No button sends a chart anywhere: no Plotly/Chart Studio cloud, no logo link; the mode bar
  // keeps download, zoom, pan and reset, its tooltips in Chinese (the locale of the bundle's version).
  var CONFIG = {
    responsive: true, locale: "zh-CN", displaylogo: false,
    showSendToCloud: false, showEditInChartStudio: false, showLink: false, sendData: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "sendDataToCloud", "editInChartStudio", "toggleSpikelines",
      "hoverClosestCartesian", "hoverCompareCartesian"],
    toImageButtonOptions: { format: "png", filename: "chart" }
  };

  /* Charts wait for the reader: Plotly (most of a chart page's bytes and main-thread time)
   * loads once the reader first touches, scrolls, points at or keys into the page (or presses
   * a chart's button), and then draws each chart as it comes into view. Until then the chart's
   * box shows what it is, and the table under it has the same numbers. */
  // a standalone page (an embed) is there for its chart; the state outlives instant navigation
  // and, in this tab, once the reader has engaged with one page, the next pages draw at once
  function remembered() {
    try { return window.sessionStorage.getItem("site-charts") === "1"; } catch (e) { return false; }
  }
  var engaged = !window.document$ || !!window.siteChartsEngaged || remembered();
  var watcher = null;
  var EVENTS = ["pointerdown", "pointerover", "pointermove", "touchstart", "wheel", "scroll", "keydown", "focusin"];

  function engage(e) {
    // using the header (search box, colour toggle) is not reaching for a chart
    var target = e && e.target;
    if (target && target.closest && target.closest(".md-header, [data-site-search]")) return;
    if (engaged) return;
    engaged = window.siteChartsEngaged = true;
    try { window.sessionStorage.setItem("site-charts", "1"); } catch (err) { /* no storage: this page only */ }
    EVENTS.forEach(function (e) { window.removeEventListener(e, engage, true); });
    watch();
  }

  function drawNode(node) {
    if (node.hasAttribute("data-drawn")) return;
    node.setAttribute("data-drawn", "1");
    plotly().then(function (Plotly) {
      node._figure = JSON.parse(node.getAttribute("data-figure"));
      var fig = themed(node._figure);
      node.textContent = "";
      Plotly.newPlot(node, fig.data, fig.layout, CONFIG);
    });
  }

  function watch() {
    var nodes = document.querySelectorAll(".plan-chart[data-figure]:not([data-drawn])");
    if (!nodes.length) return;
    if (!("IntersectionObserver" in window)) {
      nodes.forEach(drawNode);
      return;
    }
    if (watcher) watcher.disconnect();
    watcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          watcher.unobserve(entry.target);
          drawNode(entry.target);
        }
      });
    }, { rootMargin: "200px 0px" });
    nodes.forEach(function (node) { watcher.observe(node); });
    rest();
  }

  // Charts out of view are drawn too, one at a time when the browser is idle, so that a
  // reader who scrolls, prints or finds in the page meets them drawn.
  function rest() {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 200); };
    idle(function () {
      var next = document.querySelector(".plan-chart[data-figure]:not([data-drawn])");
      if (!next) return;
      if (watcher) watcher.unobserve(next);
      drawNode(next);
      plotly().then(rest);
    }, { timeout: 1000 });
  }

  function placeholders() {
    document.querySelectorAll(".plan-chart[data-figure]:not([data-drawn]):not([data-waiting])").forEach(function (node) {
      node.setAttribute("data-waiting", "");
      var button = text("button", "plan-chart__load md-button", "显示交互图表");
      button.type = "button";
      button.addEventListener("click", function () { engage(null); drawNode(node); });
      node.appendChild(button);
    });
  }

  function draw() {
    complete();
    if (engaged) {
      placeholders();
      watch();
      return;
    }
    // listened for on chart-less pages too: the next page, reached from here, draws at once
    EVENTS.forEach(function (e) { window.addEventListener(e, engage, { capture: true, passive: true }); });
    placeholders();
  }

  /* ---- dark mode: the charts follow Material's colour scheme (the reader's setting or toggle) */
  var DARK = {
    "#333333": "#e3e5ea", "#222222": "#eceef2", "#e5e5e5": "#3a3f4c",
    "#ffffff": "#1e2129", "#bbbbbb": "#6d7384"
  };

  function isDark() {
    return document.body.getAttribute("data-md-color-scheme") === "slate";
  }

  function recolour(value) {
    if (typeof value === "string") return DARK[value.toLowerCase()] || value;
    if (Array.isArray(value)) return value.map(recolour);
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = recolour(value[k]); });
      return out;
    }
    return value;
  }

  function themed(figure) {
    var dark = isDark();
    var fig = dark ? recolour(figure) : JSON.parse(JSON.stringify(figure));
    var layout = fig.layout || (fig.layout = {});
    layout.paper_bgcolor = "rgba(0,0,0,0)";
    layout.plot_bgcolor = "rgba(0,0,0,0)";
    layout.font = layout.font || {};
    layout.font.color = dark ? "#e3e5ea" : (layout.font.color || "#444444");
    ["xaxis", "yaxis"].forEach(function (axis) {
      layout[axis] = layout[axis] || {};
      if (!layout[axis].gridcolor) layout[axis].gridcolor = dark ? "#3a3f4c" : "#eeeeee";
      layout[axis].zerolinecolor = dark ? "#6d7384" : "#444444";
      layout[axis].linecolor = dark ? "#6d7384" : "#444444";
    });
    if (layout.legend) layout.legend.bgcolor = "rgba(0,0,0,0)";
    layout.modebar = { bgcolor: "rgba(0,0,0,0)", color: dark ? "#9aa0ad" : "#666666", activecolor: dark ? "#e3e5ea" : "#222222" };
    return fig;
  }

  function retheme() {
    if (!window.Plotly) return;
    document.querySelectorAll(".plan-chart[data-drawn]").forEach(function (node) {
      if (!node._figure) return;
      var fig = themed(node._figure);
      window.Plotly.react(node, fig.data, fig.layout, CONFIG);
    });
  }

  new MutationObserver(retheme).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  /* ---- search ---------------------------------------------------------------------- */
  var root = script ? script.src.replace(/assets\/js\/site\.js(\?.*)?$/, "") : "";
  var PAGE = 8;
  var engine = null;
  var hidden = {};  /* ids of pages a search does not show (see parts.json) */
  var fresh = {};  /* ids of the delta part's pages (see parts.json) */
  var box, input, meta, list, toggle;
  var shown = { query: "", results: [] };
  var seq = 0;

  function pagefind() {
    if (!engine && window.siteOfflineSearch) {
      engine = window.siteOfflineSearch(root, load);  // the offline bundle: no Pagefind from file://
      engine.catch(function () { engine = null; });
    }
    if (!engine) {
      /* a large site's index comes in parts (pagefind/parts.json, see search_index.py): the
       * main bundle's Pagefind merges the others into one search, less the pages it hides */
      var base = new URL(root).pathname;
      var options = { baseUrl: base, excerptLength: 40 };
      engine = import(root + "pagefind/pagefind.js").then(function (pf) {
        return pf.options(options).then(function () {
          pf.init();
          return fetch(root + "pagefind/parts.json").then(function (r) {
            return r.ok ? r.json() : {};
          });
        }).then(function (index) {
          hidden = {};
          fresh = {};
          (index.hidden || []).forEach(function (id) { hidden[id] = true; });
          (index.fresh || []).forEach(function (id) { fresh[id] = true; });
          return Promise.all((index.parts || []).map(function (part) {
            return pf.mergeIndex(base + "pagefind/" + part + "/", options);
          }));
        }).then(function () {
          return pf;
        });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  /* None of the pages parts.json hides: older copies of pages the delta part holds as they are
   * now, and pages gone since (the offline search's results have no id, and hide nothing). A
   * page of the delta part, an index of a few pages, is shown only when it holds every word of
   * the query: Pagefind drops a query word its index lacks, which the site's whole index holds. */
  function visible(results, query) {
    var words = queryWords(query);
    return Promise.all(results.map(function (r) {
      if (r.id !== undefined && hidden[r.id]) return null;
      if (r.id === undefined || !fresh[r.id] || !words.length) return r;
      return r.data().then(function (d) {
        var text = (((d.meta && d.meta.title) || "") + " " + (d.content || "")).replace(/\u200b/g, "").toLowerCase();
        return words.every(function (w) { return text.indexOf(w) >= 0; }) ? r : null;
      });
    })).then(function (kept) { return kept.filter(Boolean); });
  }

  /* The query's words as Pagefind cuts a Chinese query (Intl.Segmenter), or at its blanks. */
  function queryWords(query) {
    var q = query.toLowerCase();
    if (typeof Intl === "undefined" || !Intl.Segmenter) return q.split(/\s+/).filter(Boolean);
    return Array.from(new Intl.Segmenter("zh", { granularity: "word" }).segment(q))
      .filter(function (s) { return s.isWordLike; })
      .map(function (s) { return s.segment; });
  }

  function text(tag, className, value) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (value) el.textContent = value;
    return el;
  }

  /* Pagefind's excerpt is text with <mark> around the hits: keep exactly that, as text. */
  function excerpt(html) {
    var p = text("p", "site-search__excerpt");
    var doc = new DOMParser().parseFromString("<body>" + html, "text/html");
    doc.body.childNodes.forEach(function (node) {
      var value = node.textContent.replace(/\u200b/g, "");
      p.appendChild(node.nodeName === "MARK" ? text("mark", "", value) : document.createTextNode(value));
    });
    return p;
  }

  /* The sentence that matched, not a window of words that starts mid-sentence ("17 行. 我市…"):
   * find the excerpt's first hit in the page's text (Pagefind's `content`, whose blocks it joins
   * with ". "), widen it to the sentence around it (。！？；, or a block's end), and mark the hits
   * in it. Without the page's text (the offline bundle's search), Pagefind's excerpt as it is. */
  var SENTENCE_END = /[。！？；!?]|\. /g;
  var LONGEST = 120;

  function sentenceExcerpt(data) {
    var content = (data.content || "").replace(/\u200b/g, "");
    var doc = new DOMParser().parseFromString("<body>" + (data.excerpt || ""), "text/html");
    var hits = Array.prototype.map.call(doc.body.querySelectorAll("mark"), function (m) {
      return m.textContent.replace(/\u200b/g, "").trim();
    }).filter(Boolean);
    if (!content || !hits.length) return excerpt(data.excerpt || "");
    var plain = doc.body.textContent.replace(/\u200b/g, "");
    var near = content.indexOf(plain.replace(/^…|…$/g, "").slice(0, 12));
    var at = content.indexOf(hits[0], near < 0 ? 0 : near);
    if (at < 0) at = content.indexOf(hits[0]);
    if (at < 0) return excerpt(data.excerpt || "");
    var start = 0, end = content.length, m;
    SENTENCE_END.lastIndex = 0;
    while ((m = SENTENCE_END.exec(content))) {
      if (m.index < at) { start = m.index + m[0].length; continue; }
      end = m[0] === ". " ? m.index : m.index + 1;
      break;
    }
    var from = start, to = end;
    if (to - from > LONGEST) {  // a very long sentence: the part around the hit
      from = Math.max(start, at - LONGEST / 2);
      to = Math.min(end, from + LONGEST);
    }
    var sentence = (from > start ? "…" : "") + content.slice(from, to).trim() + (to < end ? "…" : "");
    var p = text("p", "site-search__excerpt");
    var words = hits.filter(function (w, i) { return hits.indexOf(w) === i; })
      .sort(function (a, b) { return b.length - a.length; });
    var pattern = new RegExp(words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|"), "g");
    var last = 0;
    sentence.replace(pattern, function (hit, offset) {
      if (offset > last) p.appendChild(document.createTextNode(sentence.slice(last, offset)));
      p.appendChild(text("mark", "", hit));
      last = offset + hit.length;
      return hit;
    });
    if (last < sentence.length) p.appendChild(document.createTextNode(sentence.slice(last)));
    return p;
  }

  function where(m) {
    if (!m.plan) return "跨规划页面";
    return m.region && m.plan.indexOf(m.region.replace(/[省市县区]$/, "")) < 0 ? m.plan + " · " + m.region : m.plan;
  }

  function item(data) {
    var li = text("li", "md-search-result__item");
    var a = text("a", "md-search-result__link");
    a.href = data.url;
    a.tabIndex = -1;
    var article = text("article", "md-search-result__article md-typeset");
    article.appendChild(text("div", "md-search-result__icon md-icon"));
    article.appendChild(text("h1", "", data.meta.title || data.url));
    article.appendChild(text("p", "site-search__where", where(data.meta)));
    article.appendChild(sentenceExcerpt(data));
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function status(message) {
    meta.textContent = message;
  }

  /* Pagefind ranks words, not their order: among the first results, a page whose title
   * holds the whole query (护理型床位 in 护理型床位占比) goes before one that only has its words. */
  function titleMatchesFirst(datas, query) {
    var q = query.replace(/\s+/g, "");
    function hit(d) { return (d.meta.title || "").replace(/\u200b/g, "").indexOf(q) >= 0 ? 0 : 1; }
    return datas.map(function (d, i) { return [hit(d), i, d]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
      .map(function (x) { return x[2]; });
  }

  function more() {
    var mine = seq;
    var next = shown.results.slice(list.children.length, list.children.length + PAGE);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (datas) {
      if (mine !== seq) return;
      var old = list.querySelector(".site-search__more");
      if (old) old.remove();
      if (!list.children.length) datas = titleMatchesFirst(datas, shown.query);
      datas.forEach(function (d) { list.appendChild(item(d)); });
      if (list.children.length < shown.results.length) {
        var li = text("li", "site-search__more");
        var button = text("button", "md-search-result__more", "显示更多结果");
        button.type = "button";
        button.addEventListener("click", function () { li.remove(); more(); });
        li.appendChild(button);
        list.appendChild(li);
      }
    });
  }

  /* aria-busy on the list while a query's results are not all shown: assistive technology waits
   * for them, and so can a test (results of an earlier keystroke are being replaced). */
  function busy(on) {
    if (on) list.setAttribute("aria-busy", "true");
    else list.removeAttribute("aria-busy");
  }

  function run() {
    var query = input.value.trim();
    var mine = ++seq;
    if (!query) {
      list.textContent = "";
      status("输入关键词开始搜索");
      busy(false);
      return;
    }
    status("正在搜索…");
    busy(true);
    pagefind().then(function (pf) {
      return pf.debouncedSearch(query, {}, 120);
    }).then(function (search) {
      return search && mine === seq ? visible(search.results, query) : null;
    }).then(function (results) {
      if (!results || mine !== seq) return;
      shown = { query: query, results: results };
      list.textContent = "";
      status(results.length ? "找到 " + results.length + " 个结果" : "没有找到符合条件的结果");
      return more().then(function () { if (mine === seq) busy(false); });
    }).catch(function () {
      if (mine === seq) {
        status("搜索暂时不可用，请稍后再试");
        busy(false);
      }
    });
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link, .md-search-result__more"));
  }

  function setupSearch() {
    box = document.querySelector("[data-site-search]");
    toggle = document.getElementById("__search");
    if (!box || !toggle) return;
    if (box.hasAttribute("data-ready")) {
      close();  // a new page after instant navigation
      return;
    }
    box.setAttribute("data-ready", "");
    input = box.querySelector(".md-search__input");
    meta = box.querySelector(".md-search-result__meta");
    list = box.querySelector(".md-search-result__list");
    var form = box.querySelector("form");
    input.addEventListener("focus", function () {
      toggle.checked = true;
      pagefind();
    });
    toggle.addEventListener("change", function () {
      if (toggle.checked) {
        input.focus();
      } else {
        input.blur();
      }
    });
    input.addEventListener("input", function (e) {
      if (!e.isComposing) run();
    });
    input.addEventListener("compositionend", run);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = links()[0];
      if (first) first.click();
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { run(); input.focus(); });
    });
    box.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest(".md-search-result__link")) close();
    });
    box.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        close();
        return;
      }
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
      var all = links();
      if (!all.length) return;
      e.preventDefault();
      var at = all.indexOf(document.activeElement);
      var next = e.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) {
        input.focus();
      } else {
        all[Math.min(next, all.length - 1)].focus();
      }
    });
  }

  function ready() {
    window.sitePagesShown = (window.sitePagesShown || 0) + 1;
    if (window.sitePagesShown > 1) engaged = window.siteChartsEngaged = true;  // instant navigation: a link followed
    draw();
    setupSearch();
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(ready);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
