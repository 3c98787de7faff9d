/* Search for the offline bundle (downloads/plans-offline.zip, opened from disk), where the
 * browser lets a page load no Pagefind index (file:// allows no fetch, import or wasm).
 * site.js asks window.siteOfflineSearch(root, its script loader) instead of Pagefind when it
 * exists; this file is added to the bundle's pages only (generator/building/bundle.py). The
 * index, every page's text, is a classic script (assets/js/offline-index.js and the parts it
 * names), loaded when the reader first uses the box.
 * A page matches when it contains every word of the query; pages whose title holds a word
 * go first, then pages with more occurrences. */
(function () {
  "use strict";
  var loading = null;

  /* The index's entry names its parts (one per part of the site's search index); each part
   * adds its pages to window.__siteOfflineIndex, one after the other, in the entry's order.
   * ``script``: site.js's loader of a classic script (a promise of its load). */
  function load(root, script) {
    if (!loading) {
      loading = script(root + "assets/js/offline-index.js").then(function () {
        return (window.__siteOfflineParts || []).reduce(function (done, part) {
          return done.then(function () { return script(root + part); });
        }, Promise.resolve());
      }).then(function () {
        return [].concat.apply([], window.__siteOfflineIndex || []);
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function escape(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function count(text, word) {
    var n = 0, at = text.indexOf(word);
    while (at >= 0 && n < 50) { n++; at = text.indexOf(word, at + word.length); }
    return n;
  }

  /* About 40 characters around the first hit, the words marked (as Pagefind's excerpts are). */
  function excerpt(text, words) {
    var lower = text.toLowerCase();
    var at = Math.max(0, lower.indexOf(words[0]) - 15);
    var part = text.slice(at, at + 60);
    var html = escape(part);
    words.forEach(function (w) {
      var e = escape(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      html = html.replace(new RegExp(e, "gi"), function (m) { return "<mark>" + m + "</mark>"; });
    });
    return (at > 0 ? "…" : "") + html + (at + 60 < text.length ? "…" : "");
  }

  function search(index, query, root) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var hits = [];
    index.forEach(function (p, i) {
      var title = p.t.toLowerCase(), body = p.c.toLowerCase();
      var score = 0;
      for (var k = 0; k < words.length; k++) {
        var inTitle = title.indexOf(words[k]) >= 0, n = count(body, words[k]);
        if (!inTitle && !n) return;
        score += (inTitle ? 1000 : 0) + n;
      }
      hits.push([score, i, p]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return {
      results: hits.map(function (h) {
        var p = h[2];
        return {
          data: function () {
            return Promise.resolve({
              url: root + p.u,
              meta: { title: p.t, plan: p.p, region: p.r },
              excerpt: excerpt(p.c, words)
            });
          }
        };
      })
    };
  }

  window.siteOfflineSearch = function (root, script) {
    return load(root, script).then(function (index) {
      return {
        debouncedSearch: function (query) { return Promise.resolve(search(index, query, root)); }
      };
    });
  };
})();
