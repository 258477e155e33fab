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

  panel.hidden = false;
  reader.classList.add("with-panel");
  placeholder();
  fromHash();
  document.documentElement.setAttribute("data-ready", "true");
})();
