// Readout corrections: sends the article view's correction forms to POST /api/corrections and the
// review buttons to POST /api/corrections/{id}/review (a dictionary rule's to /api/rules/{id}/review),
// with the bearer token the reader types in.
(function () {
  "use strict";
  var TOKEN_KEY = "readout-token";

  function remembered() {
    try {
      return sessionStorage.getItem(TOKEN_KEY) || "";
    } catch (e) {
      return "";
    }
  }
  function remember(token) {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch (e) {
      // Storage may be off; the reader types the token again.
    }
  }

  function say(form, text, ok) {
    var status = form.querySelector(".status");
    status.textContent = text;
    status.className = "status " + (ok ? "ok" : "bad");
  }

  function post(url, token, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        return { ok: response.ok, status: response.status, json: json };
      });
    });
  }

  function failure(r) {
    var j = r.json || {};
    return "Not saved (" + r.status + "): " + (j.error || "error") + (j.field ? " [" + j.field + "]" : "");
  }

  // The body of a correction: the form's fields, less those only the page uses.
  function correctionBody(form) {
    var data = new FormData(form);
    var body = {};
    data.forEach(function (value, key) {
      if (value !== "" && key !== "token" && key !== "selection" && key !== "actor" && key !== "span") {
        body[key] = value;
      }
    });
    var actor = data.get("actor");
    var field = data.get("field");
    if (actor && (!body.proposed || field === "speaker" || field === "source" || field === "target" || field === "actor")) {
      body.proposed = actor;
    }
    var span = data.get("span");
    if (span) {
      var parts = String(span).split("-");
      body.start = parts[0];
      body.end = parts[1];
    }
    if (body.start !== undefined) {
      body.start = Number(body.start);
    }
    if (body.end !== undefined) {
      body.end = Number(body.end);
    }
    return body;
  }

  var forms = document.querySelectorAll("form.correction");
  for (var i = 0; i < forms.length; i++) {
    var tokenInput = forms[i].querySelector("input[name=token]");
    if (tokenInput && !tokenInput.value) {
      tokenInput.value = remembered();
    }
    forms[i].addEventListener("submit", function (ev) {
      ev.preventDefault();
      var form = ev.currentTarget;
      var token = form.querySelector("input[name=token]").value;
      var body = correctionBody(form);
      if (form.dataset.selection && body.start === undefined) {
        say(form, "Select the missed text in the article first.", false);
        return;
      }
      remember(token);
      say(form, "Sending…", true);
      post("/api/corrections", token, body).then(function (r) {
        if (r.ok) {
          var id = r.json && r.json.id;
          say(form, "Saved as correction #" + id + ", pending review.", true);
          form.dataset.saved = String(id);
        } else {
          say(form, failure(r), false);
        }
      }, function () {
        say(form, "Not saved: the server did not answer.", false);
      });
    });
  }

  // A missed item: the article text selected is its span.
  var text = document.getElementById("doc-text");
  function offset(node, within) {
    var para = (node.nodeType === 1 ? node : node.parentElement).closest(".para");
    if (!para) {
      return -1;
    }
    var walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    var count = 0;
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) {
        return Number(para.dataset.start) + count + within;
      }
      count += n.data.length;
    }
    return Number(para.dataset.start) + count;
  }
  if (text) {
    document.addEventListener("selectionchange", function () {
      var sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
        return;
      }
      var range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
        return;
      }
      var start = offset(range.startContainer, range.startOffset);
      var end = offset(range.endContainer, range.endOffset);
      if (start < 0 || end <= start) {
        return;
      }
      var targets = document.querySelectorAll("form.correction[data-selection]");
      for (var k = 0; k < targets.length; k++) {
        targets[k].querySelector("input[name=start]").value = start;
        targets[k].querySelector("input[name=end]").value = end;
        targets[k].querySelector("input[name=selection]").value = sel.toString();
      }
    });
  }

  // Review: accept or reject a pending correction or dictionary rule.
  var reviews = document.querySelectorAll("form.review");
  for (var r = 0; r < reviews.length; r++) {
    var t = reviews[r].querySelector("input[name=token]");
    if (t && !t.value) {
      t.value = remembered();
    }
    reviews[r].addEventListener("submit", function (ev) {
      ev.preventDefault();
      var form = ev.currentTarget;
      var button = ev.submitter;
      var token = form.querySelector("input[name=token]").value;
      remember(token);
      var body = { decision: button ? button.value : "accept" };
      var reviewer = form.querySelector("input[name=reviewer]");
      if (reviewer && reviewer.value) {
        body.reviewer = reviewer.value;
      }
      // A rule's form also carries the fields the reviewer settles; blank ones are left out.
      var fields = form.querySelectorAll("[data-field]");
      for (var f = 0; f < fields.length; f++) {
        if (fields[f].value.trim()) {
          body[fields[f].name] = fields[f].value.trim();
        }
      }
      var url = form.dataset.endpoint ||
        "/api/corrections/" + encodeURIComponent(form.dataset.id) + "/review";
      say(form, "Sending…", true);
      post(url, token, body).then(function (res) {
        if (res.ok) {
          say(form, "Done: " + ((res.json && res.json.status) || body.decision) + ".", true);
          form.dataset.reviewed = (res.json && res.json.status) || body.decision;
        } else {
          say(form, failure(res), false);
        }
      }, function () {
        say(form, "Not sent: the server did not answer.", false);
      });
    });
  }
})();
