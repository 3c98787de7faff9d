/* Site script: draws every <div class="plan-chart" data-figure="…"> on the page, and runs
 * the search box in the header (overrides/partials/site-search.html).
 * plotly.js (served from this site) is loaded only when a page has a chart, once; Pagefind
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

  function draw() {
    complete();
    var nodes = document.querySelectorAll(".plan-chart[data-figure]:not([data-drawn])");
    if (!nodes.length) return;
    plotly().then(function (Plotly) {
      nodes.forEach(function (node) {
        var fig = JSON.parse(node.getAttribute("data-figure"));
        node.setAttribute("data-drawn", "1");
        Plotly.newPlot(node, fig.data, fig.layout, CONFIG);
      });
    });
  }

  /* ---- search ---------------------------------------------------------------------- */
  var root = script ? script.src.replace(/assets\/js\/site\.js(\?.*)?$/, "") : "";
  var PAGE = 8;
  var engine = null;
  var box, input, meta, list, toggle;
  var shown = { query: "", results: [] };
  var seq = 0;

  function pagefind() {
    if (!engine && window.siteOfflineSearch) {
      engine = window.siteOfflineSearch(root);  // the offline bundle: no Pagefind from file://
      engine.catch(function () { engine = null; });
    }
    if (!engine) {
      engine = import(root + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: new URL(root).pathname, excerptLength: 40 }).then(function () {
          pf.init();
          return pf;
        });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
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

  function run() {
    var query = input.value.trim();
    var mine = ++seq;
    if (!query) {
      list.textContent = "";
      status("输入关键词开始搜索");
      return;
    }
    status("正在搜索…");
    pagefind().then(function (pf) {
      return pf.debouncedSearch(query, {}, 120);
    }).then(function (search) {
      if (!search || mine !== seq) return;
      shown = { query: query, results: search.results };
      list.textContent = "";
      status(search.results.length ? "找到 " + search.results.length + " 个结果" : "没有找到符合条件的结果");
      return more();
    }).catch(function () {
      if (mine === seq) status("搜索暂时不可用，请稍后再试");
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
