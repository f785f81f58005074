// Readout web reader: enhancements only. Every page reads and links without this file.
(function () {
  "use strict";
  // Charts and other script-only parts show only when scripts run.
  document.documentElement.classList.add("js");
  var text = document.getElementById("doc-text");
  if (!text) {
    return;
  }

  // Focus an item: outline every span of its evidence and mark its side-list entry.
  function focus(ref, scroll) {
    var old = document.querySelectorAll(".hl.focus, .item.current");
    for (var i = 0; i < old.length; i++) {
      old[i].classList.remove("focus", "current");
    }
    if (!ref) {
      return;
    }
    var spans = text.querySelectorAll('.hl[data-ref="' + CSS.escape(ref) + '"]');
    for (var j = 0; j < spans.length; j++) {
      spans[j].classList.add("focus");
    }
    var item = document.getElementById("item-" + ref);
    if (item) {
      item.classList.add("current");
      if (scroll === "item") {
        item.scrollIntoView({ block: "nearest" });
      }
    }
  }

  function refOfAnchor(id) {
    var el = id ? document.getElementById(id) : null;
    return el && el.classList.contains("hl") ? el.getAttribute("data-ref") : null;
  }

  // Following a side-list link (#ev-REF) scrolls there natively; we add the focus marks.
  window.addEventListener("hashchange", function () {
    focus(refOfAnchor(location.hash.slice(1)));
  });
  if (location.hash) {
    focus(refOfAnchor(location.hash.slice(1)));
  }

  // Clicking a highlight selects the innermost item under it in its side list.
  text.addEventListener("click", function (ev) {
    var hl = ev.target.closest(".hl");
    if (hl) {
      focus(hl.getAttribute("data-ref"), "item");
    }
  });

  // The hover card: every item under the pointer, innermost first.
  var card = document.getElementById("inspector");
  function describe(hl) {
    card.textContent = "";
    for (var el = hl; el && el !== text; el = el.parentElement) {
      if (!el.classList.contains("hl")) {
        continue;
      }
      var p = document.createElement("p");
      var k = document.createElement("span");
      k.className = "k";
      k.textContent = el.classList[1].replace("hl-", "");
      p.appendChild(k);
      p.appendChild(document.createTextNode(el.getAttribute("data-title") || ""));
      card.appendChild(p);
    }
  }
  // The title attribute would show a second, native tooltip: keep its text in data-title.
  var all = text.querySelectorAll(".hl[title]");
  for (var n = 0; n < all.length; n++) {
    all[n].setAttribute("data-title", all[n].getAttribute("title"));
    all[n].removeAttribute("title");
  }
  function place(x, y) {
    var w = card.offsetWidth;
    var h = card.offsetHeight;
    card.style.left = Math.max(8, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    card.style.top = (y + 18 + h > window.innerHeight ? y - h - 12 : y + 18) + "px";
  }
  text.addEventListener("mouseover", function (ev) {
    var hl = ev.target.closest(".hl");
    if (!hl) {
      card.hidden = true;
      return;
    }
    describe(hl);
    card.hidden = false;
    place(ev.clientX, ev.clientY);
  });
  text.addEventListener("mousemove", function (ev) {
    if (!card.hidden) {
      place(ev.clientX, ev.clientY);
    }
  });
  text.addEventListener("mouseleave", function () {
    card.hidden = true;
  });
  // Keyboard: evidence reached from a side list (it takes focus) gets the card too, kept beside
  // it while the page scrolls (the browser scrolls to the fragment after focusing it).
  var anchoredTo = null;
  function placeBeside(el) {
    var box = el.getBoundingClientRect();
    place(box.left, box.bottom - 12);
  }
  text.addEventListener("focusin", function (ev) {
    var hl = ev.target.closest(".hl");
    if (hl) {
      anchoredTo = hl;
      describe(hl);
      card.hidden = false;
      placeBeside(hl);
    }
  });
  window.addEventListener("scroll", function () {
    if (anchoredTo && !card.hidden) {
      placeBeside(anchoredTo);
    }
  }, { passive: true });
  text.addEventListener("mouseover", function () {
    anchoredTo = null;
  });
  text.addEventListener("focusout", function () {
    anchoredTo = null;
    card.hidden = true;
  });
})();
