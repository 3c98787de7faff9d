/*
 * Wide tables on narrow screens: when a table is wider than its scroll box, say so above it
 * ("左右滑动查看全部 N 列") and mark the box (data-scrolls, styled in reader.css). Runs on every
 * page view, instant navigation included, and again when the window changes width.
 */
(function () {
  "use strict";
  var BOXES = ".md-typeset__scrollwrap, .table-scroll";

  function columns(table) {
    var row = table.querySelector("thead tr") || table.querySelector("tr");
    return row ? row.children.length : 0;
  }

  function mark() {
    document.querySelectorAll(".md-typeset table").forEach(function (table) {
      var box = table.closest(BOXES);  // the innermost: Material's own box may sit inside ours
      if (!box) return;
      var hint = box.previousElementSibling;
      if (!hint || !hint.classList.contains("table-hint")) hint = null;
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls) {
        box.setAttribute("data-scrolls", "");
        if (!box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");  // scrollable by keyboard
        if (!hint) {
          hint = document.createElement("p");
          hint.className = "table-hint";
          box.parentElement.insertBefore(hint, box);
        }
        hint.textContent = "表格较宽：左右滑动查看全部 " + columns(table) + " 列";
      } else {
        box.removeAttribute("data-scrolls");
        if (hint) hint.remove();
      }
    });
  }

  var timer = null;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(mark, 150);
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mark);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();
