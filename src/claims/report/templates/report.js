(function () {
  "use strict";
  // Shows a claim's footnotes and sources beside the text. Data never passes through
  // innerHTML: details are cloned from server-rendered <template> elements.
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var heading = document.getElementById("panel-h");
  var closeButton = document.getElementById("panel-close");
  var reader = document.querySelector(".reader");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim[data-claim]"));
  var details = new Map();
  Array.prototype.forEach.call(document.querySelectorAll("template.claim-detail"), function (t) {
    details.set(t.getAttribute("data-claim"), t);
  });
  var current = null;

  function firstPart(key) {
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].getAttribute("data-claim") === key && marks[i].hasAttribute("tabindex")) {
        return marks[i];
      }
    }
    return null;
  }

  function sheet() {
    return getComputedStyle(panel).position === "fixed";
  }

  function placeholder() {
    var p = document.createElement("p");
    p.className = "placeholder";
    p.textContent = "Select a highlighted passage to see its footnotes and sources.";
    body.replaceChildren(p);
    heading.textContent = "Claims";
  }

  function activate(key, options) {
    var template = details.get(key);
    if (!template) {
      return false;
    }
    marks.forEach(function (m) {
      var on = m.getAttribute("data-claim") === key;
      m.classList.toggle("active", on);
      if (m.hasAttribute("aria-expanded")) {
        m.setAttribute("aria-expanded", on ? "true" : "false");
      }
    });
    body.replaceChildren(template.content.cloneNode(true));
    heading.textContent = "Selected claim";
    panel.hidden = false;
    panel.classList.add("open");
    document.body.classList.add("panel-open");
    panel.scrollTop = 0;
    current = key;
    if (options.updateHash) {
      try {
        history.replaceState(null, "", "#claim=" + encodeURIComponent(key));
      } catch (e) {
        /* some viewers refuse history changes on local files */
      }
    }
    var part = firstPart(key);
    if (part && sheet()) {
      // on a phone the panel covers the lower part of the screen: keep the claim above it
      part.scrollIntoView({ block: "start" });
    } else if (part && options.scroll) {
      part.scrollIntoView({ block: "center" });
    }
    if (options.focusPanel) {
      panel.focus({ preventScroll: true });
    }
    return true;
  }

  function close() {
    if (current === null) {
      return;
    }
    var part = firstPart(current);
    marks.forEach(function (m) {
      m.classList.remove("active");
      if (m.hasAttribute("aria-expanded")) {
        m.setAttribute("aria-expanded", "false");
      }
    });
    current = null;
    panel.classList.remove("open");
    document.body.classList.remove("panel-open");
    placeholder();
    try {
      history.replaceState(null, "", location.pathname + location.search);
    } catch (e) {
      /* as above */
    }
    if (part) {
      part.focus();
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    var trigger = target.closest("[data-activate]");
    if (trigger) {
      event.preventDefault();
      activate(trigger.getAttribute("data-activate"), { updateHash: true, scroll: true });
      return;
    }
    var mark = target.closest("mark.claim[data-claim]");
    if (mark) {
      activate(mark.getAttribute("data-claim"), { updateHash: true });
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      close();
      return;
    }
    var target = event.target;
    if (
      target instanceof Element &&
      target.matches("mark.claim[data-claim]") &&
      (event.key === "Enter" || event.key === " ")
    ) {
      event.preventDefault();
      activate(target.getAttribute("data-claim"), { updateHash: true, focusPanel: true });
    }
  });

  closeButton.addEventListener("click", close);

  function fromHash() {
    var match = /^#claim=(.+)$/.exec(location.hash);
    if (!match) {
      return;
    }
    var key;
    try {
      key = decodeURIComponent(match[1]);
    } catch (e) {
      return;
    }
    activate(key, { scroll: true });
  }

  window.addEventListener("hashchange", fromHash);
  window.addEventListener("beforeprint", function () {
    marks.forEach(function (m) {
      m.classList.remove("active");
    });
  });

  // Filters: status, a source's link health, at risk, words; the text keeps every claim but
  // draws only those shown, and the lists below hide the rest.
  var items = Array.prototype.slice.call(document.querySelectorAll(".claim-index li[data-claim]"));
  var cards = Array.prototype.slice.call(
    document.querySelectorAll(".sources article.source[data-source]")
  );
  var facts = new Map();
  items.forEach(function (li) {
    facts.set(li.getAttribute("data-claim"), {
      status: li.getAttribute("data-status"),
      states: li.getAttribute("data-states").split(" "),
      risk: li.getAttribute("data-risk") === "1",
      search: li.getAttribute("data-search"),
    });
  });
  var search = document.getElementById("f-search");
  var health = document.getElementById("f-health");
  var risk = document.getElementById("f-risk");
  var hideUnsourced = document.getElementById("f-hide-unsourced");
  var statusBoxes = Array.prototype.slice.call(document.querySelectorAll("input[name=f-status]"));
  var count = document.getElementById("f-count");

  function words() {
    return search.value.toLowerCase().split(/\s+/).filter(function (w) {
      return w.length > 0;
    });
  }

  function hasAll(text, terms) {
    return terms.every(function (t) {
      return text.indexOf(t) !== -1;
    });
  }

  function apply() {
    var statuses = new Set();
    statusBoxes.forEach(function (box) {
      if (box.checked) {
        statuses.add(box.value);
      }
    });
    var terms = words();
    var state = health.value;
    var shown = new Set();
    facts.forEach(function (f, key) {
      if (
        statuses.has(f.status) &&
        (!state || f.states.indexOf(state) !== -1) &&
        (!risk.checked || f.risk) &&
        hasAll(f.search, terms)
      ) {
        shown.add(key);
      }
    });
    items.forEach(function (li) {
      li.hidden = !shown.has(li.getAttribute("data-claim"));
    });
    marks.forEach(function (m) {
      m.classList.toggle("filtered", !shown.has(m.getAttribute("data-claim")));
    });
    cards.forEach(function (card) {
      card.hidden = !(
        (!state || card.getAttribute("data-state") === state) &&
        hasAll(card.getAttribute("data-search"), terms)
      );
    });
    count.textContent = shown.size + " of " + facts.size + " claims shown";
  }

  statusBoxes.forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.value === "needs-source") {
        hideUnsourced.checked = !box.checked;
      }
      apply();
    });
  });
  hideUnsourced.addEventListener("change", function () {
    statusBoxes.forEach(function (box) {
      if (box.value === "needs-source") {
        box.checked = !hideUnsourced.checked;
      }
    });
    apply();
  });
  [search, health, risk].forEach(function (control) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    search.value = "";
    health.value = "";
    risk.checked = false;
    hideUnsourced.checked = false;
    statusBoxes.forEach(function (box) {
      box.checked = true;
    });
    apply();
  });
  apply();

  panel.hidden = false;
  reader.classList.add("with-panel");
  placeholder();
  fromHash();
  document.documentElement.setAttribute("data-ready", "true");
})();
