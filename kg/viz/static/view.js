/* kg viz: the page's behaviour. Every text from the data is set with
   textContent (or given to vis-network, which draws on a canvas and shows
   string titles with innerText); nothing is parsed as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  /* `?labels=all` after the file's name turns label placement off: vis-network
     draws every label (the baseline of benchmarks/view_readability.py). Otherwise
     the nodes start with no label and placeLabels gives one to those that fit. */
  var PLACE_LABELS = !/[?&]labels=all(&|$)/.test(window.location.search);
  var nodes = new vis.DataSet(PLACE_LABELS ? data.nodes.map(function (node) {
    return Object.assign({}, node, { label: "" });
  }) : data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  /* hooks for clusters.js: masks(visible, edgeShown) hide more after the filters,
     after() runs once they are applied, reveal(id) before a node is focused,
     tip(kind, id, text) adds to a tooltip, start() once the filters are first applied */
  var hooks = { masks: [], after: [], reveal: [], tip: [], start: [] };
  /* Until the page has started (start(), after every script is loaded), nothing is
     drawn at once: the changes of the start are drawn in the first frame, once. */
  var starting = true;
  /* Without physics, vis-network draws the whole canvas again, at once, after
     every change to its data (5,000 nodes: a third of a second a draw); the
     changes of one step are made with drawing held, then drawn once. */
  function drawOnce(change, later) {
    var renderer = network.renderer;
    if (!renderer || renderer.allowRedraw !== true) { change(); return; }
    renderer.allowRedraw = false;
    try { change(); } finally { renderer.allowRedraw = true; }
    if (starting) { network.body.emitter.emit("_requestRedraw"); return; }
    if (!later && !renderer.redrawRequested) network.redraw();  /* later: the caller draws */
  }

  var nodeById = {};
  var adjacency = {};
  data.nodes.forEach(function (node) {
    nodeById[node.id] = node;
    adjacency[node.id] = [];
  });
  data.edges.forEach(function (edge) {
    adjacency[edge.from].push(edge);
    if (edge.to !== edge.from) adjacency[edge.to].push(edge);
  });

  /* ---------- small DOM helpers (text only) ---------- */

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function clear(element) {
    while (element.firstChild) element.removeChild(element.firstChild);
  }

  function disputedMark() {
    var mark = el("span", "disputed", "disputed");
    mark.title = "The sources disagree on this; every claim is shown.";
    return mark;
  }

  function conflictList(items) {
    /* what contradicts a disputed claim: another claim, its source and words */
    var list = el("ul", "conflict-list");
    (items || []).forEach(function (item) { list.appendChild(el("li", null, "≠ " + item)); });
    return list;
  }

  function evidenceList(items) {
    var list = el("ul", "evidence-list");
    items.forEach(function (item) {
      var sourceId = item[0];
      var li = el("li", "evidence");
      li.appendChild(el("span", "source-id", sourceId));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("q", null, item[1]));
      if (item[2]) li.appendChild(el("span", "voice", " " + item[2]));  /* whose voice, how firmly */
      var source = data.sources[sourceId];
      if (source) {
        li.appendChild(el("br"));
        var headline = source.headline || "(no headline)";
        li.appendChild(el("span", "headline", headline + (source.published ? ", " + source.published : "")));
      }
      list.appendChild(li);
    });
    return list;
  }

  function nodeButton(id) {
    var button = el("button", "link", data.details[id].label);
    button.type = "button";
    button.addEventListener("click", function () { focusNode(Number(id)); });
    return button;
  }

  /* ---------- details panel ---------- */

  var panel = document.getElementById("details-body");

  function showNode(id) {
    var info = data.details[String(id)];
    if (!info) return;
    clear(panel);
    panel.appendChild(el("h3", "label", info.label));
    panel.appendChild(el("p", "cls", info.cls + " · " + info.id));
    var list = el("dl");
    if (info.aliases.length) {
      list.appendChild(el("dt", null, "Also called"));
      list.appendChild(el("dd", "aliases", info.aliases.join(", ")));
    }
    var isEvent = Boolean(nodeById[id] && nodeById[id].ev === 1);
    if (info.when.length && !isEvent) {  /* an event's dates are under When, with their evidence */
      list.appendChild(el("dt", null, "When (with precision)"));
      info.when.forEach(function (when) { list.appendChild(el("dd", "when", when)); });
    }
    panel.appendChild(list);
    var links = adjacency[id] || [];
    if (isEvent) {
      /* an event answers who, when, where, what: each with its evidence */
      var SECTIONS = [["who", "Who"], ["when", "When"], ["where", "Where"], ["what", "What"]];
      SECTIONS.forEach(function (section) {
        var facts = info.facts.filter(function (fact) { return fact.sec === section[0]; });
        var related = links.filter(function (edge) {
          return (data.edgeDetails[edge.id].sec || "what") === section[0];
        });
        if (!facts.length && !related.length) return;
        panel.appendChild(el("h3", "section", section[1]));
        related.forEach(function (edge) { panel.appendChild(relationBlock(id, edge)); });
        facts.forEach(function (fact) { panel.appendChild(factBlock(fact)); });
      });
      return;
    }
    if (info.facts.length) {
      panel.appendChild(el("h3", null, "Facts"));
      info.facts.forEach(function (fact) { panel.appendChild(factBlock(fact)); });
    }
    if (links.length) {
      panel.appendChild(el("h3", null, "Relations (" + links.length + ")"));
      links.forEach(function (edge) { panel.appendChild(relationBlock(id, edge)); });
    }
  }

  function factBlock(fact) {
    var block = el("div", "fact");
    block.appendChild(el("span", "predicate", fact.p + ": "));
    block.appendChild(el("span", "value", fact.v));
    if (fact.d) block.appendChild(disputedMark());
    if (fact.c && fact.c.length) block.appendChild(conflictList(fact.c));
    block.appendChild(evidenceList(fact.s));
    return block;
  }

  function relationBlock(id, edge) {
    var block = el("div", "fact relation");
    var other = edge.from === id ? edge.to : edge.from;
    var detail = data.edgeDetails[edge.id];
    if (data.view.kind === "actors") {
      block.appendChild(el("span", "predicate", detail.label + " with "));
      block.appendChild(nodeButton(String(other)));
    } else if (edge.from === id) {
      block.appendChild(el("span", "predicate", detail.label + " → "));
      block.appendChild(nodeButton(String(other)));
    } else {
      block.appendChild(nodeButton(String(other)));
      block.appendChild(el("span", "predicate", " → " + detail.label + " → this"));
    }
    if (detail.disputed) block.appendChild(disputedMark());
    if (detail.c && detail.c.length) block.appendChild(conflictList(detail.c));
    if (detail.s) block.appendChild(evidenceList(detail.s));
    var more = el("button", "link", "details");
    more.type = "button";
    more.addEventListener("click", function () { network.selectEdges([edge.id]); showEdge(edge.id); });
    block.appendChild(more);
    return block;
  }

  function showEdge(id) {
    var edge = edges.get(id);
    var detail = data.edgeDetails[id];
    if (!edge || !detail) return;
    clear(panel);
    var heading = el("h3", "label");
    heading.appendChild(nodeButton(String(edge.from)));
    heading.appendChild(document.createTextNode(data.view.kind === "actors" ? " and " : " → " + detail.label + " → "));
    heading.appendChild(nodeButton(String(edge.to)));
    panel.appendChild(heading);
    if (data.view.kind === "actors") {
      panel.appendChild(el("p", "cls", detail.label));
      detail.events.forEach(function (event) {
        var block = el("div", "fact");
        block.appendChild(el("span", "value", event.label));
        block.appendChild(el("div", "cls", event.cls + (event.when.length ? " · " + event.when.join("; ") : "")));
        event.roles.forEach(function (role) {
          block.appendChild(el("div", "role", role[0] + ": " + role[1]));
        });
        block.appendChild(evidenceList(event.s));
        panel.appendChild(block);
      });
      return;
    }
    if (detail.disputed) {
      var note = el("p", "cls", "The sources disagree on this claim.");
      note.appendChild(disputedMark());
      panel.appendChild(note);
      if (detail.c && detail.c.length) panel.appendChild(conflictList(detail.c));
    }
    panel.appendChild(el("h3", null, "Sources"));
    panel.appendChild(evidenceList(detail.s));
  }

  /* ---------- tooltip ----------
     vis-network's own popup finds the object under the pointer by its own
     walk, which can name another edge than the one a click there selects;
     this one follows hoverNode/hoverEdge, which use the click's hit test. */

  var tip = el("div", "vis-tooltip kg-tip");
  tip.setAttribute("role", "tooltip");
  container.appendChild(tip);

  function tipOf(kind, id) {
    var item = kind === "node" ? nodes.get(id) : edges.get(id);
    if (!item || !item.tip) return null;
    return hooks.tip.reduce(function (text, more) { return more(kind, id, text); }, item.tip);
  }

  function showTip(kind, id, pointer) {
    var text = tipOf(kind, id);
    if (text === null) { hideTip(); return; }
    tip.textContent = text;
    tip.setAttribute("data-" + kind, String(id));
    tip.removeAttribute("data-" + (kind === "node" ? "edge" : "node"));
    tip.style.left = Math.round(pointer.x + 12) + "px";
    tip.style.top = Math.round(pointer.y + 12) + "px";
    tip.style.visibility = "visible";
  }

  function hideTip() {
    tip.style.visibility = "hidden";
    tip.removeAttribute("data-node");
    tip.removeAttribute("data-edge");
  }

  /* what a click at this spot selects: the network's own getNodeAt, then getEdgeAt */
  function tipAt(pointer) {
    var node = network.getNodeAt(pointer);
    if (node !== undefined) { showTip("node", node, pointer); return; }
    var edge = network.getEdgeAt(pointer);
    if (edge !== undefined) showTip("edge", edge, pointer);
    else hideTip();
  }

  /* the pointer as vis-network's click has it: hammer.js rounds the event's
     client position, then vis subtracts the canvas's offset */
  var canvas = container.querySelector("canvas");
  container.addEventListener("pointermove", function (event) {
    if (event.buttons) { hideTip(); return; }
    var box = canvas.getBoundingClientRect();
    tipAt({ x: Math.round(event.clientX) - box.left, y: Math.round(event.clientY) - box.top });
  });
  container.addEventListener("pointerleave", hideTip);
  network.on("zoom", hideTip);

  /* ---------- selection fades what is not adjacent ---------- */

  var FADED = 0.15;
  var fadedFor = null;

  function fade(id) {
    if (id === null && fadedFor === null) return;  /* nothing is faded */
    var keep = {};
    var near = {};
    if (id !== null) {
      keep[id] = true;
      (adjacency[id] || []).forEach(function (edge) { keep[edge.from] = keep[edge.to] = true; near[edge.id] = true; });
    }
    drawOnce(function () {
      nodes.update(data.nodes.map(function (node) {
        return { id: node.id, opacity: id === null || keep[node.id] ? 1 : FADED };
      }));
      edges.update(data.edges.map(function (edge) {
        var color = Object.assign({}, edge.color || {});
        color.opacity = id === null || near[edge.id] ? 1 : FADED;
        return { id: edge.id, color: color };
      }));
    });
    fadedFor = id;
  }

  network.on("selectNode", function (params) { fade(nodeById[params.nodes[0]] ? params.nodes[0] : null); });
  network.on("deselectNode", function (params) { if (!params.nodes.length && fadedFor !== null) fade(null); });
  network.on("selectEdge", function (params) { if (!params.nodes.length && fadedFor !== null) fade(null); });

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else if (fadedFor !== null) fade(null);  /* an empty spot: nothing is selected any more */
  });

  /* ---------- search ---------- */

  /* Names resolve as in the CLI (names.js, the steps of kg/lookup/names.py): a
     label, alias or id, every word of one, their beginnings, or the closest. */
  var searchIndex = kgNames.prepare(data.search);

  var datalist = document.getElementById("search-names");
  var offered = {};
  data.nodes.forEach(function (node) {
    var info = data.details[String(node.id)];
    [info.label].concat(info.aliases).forEach(function (name) {
      if (offered[name]) return;
      offered[name] = true;
      var option = document.createElement("option");
      option.value = name;
      datalist.appendChild(option);
    });
  });

  function findNode(query) {
    var found = kgNames.find(searchIndex, query);
    return found ? found.node : null;
  }

  var status = document.getElementById("search-status");

  function focusNode(id) {
    hooks.reveal.forEach(function (reveal) { reveal(id); });
    var node = nodes.get(id);
    if (!node) return false;
    if (node.hidden) {
      status.textContent = data.details[String(id)].label + " is hidden by the filters.";
      return false;
    }
    network.selectNodes([id]);
    fade(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    placeLabelsSoon();  /* focus zooms without a zoom event */
    showNode(id);
    status.textContent = "Showing " + data.details[String(id)].label + ".";
    return true;
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("search").value;
    var found = kgNames.find(searchIndex, query);
    if (found === null) {
      status.textContent = "No node is called “" + query + "”.";
      return;
    }
    if (focusNode(found.node) && found.how === "closest") {
      status.textContent = "No node is called “" + query + "”; showing the closest, " +
        data.details[String(found.node)].label + ".";
    }
  });

  /* ---------- filters: classes and time ---------- */

  /* The date rule is kg/dates.py's, applied, not rewritten: each event (and each
     event an actor edge stands for) carries the windows that rule judges for it
     (judged_windows: [first, last] ISO days, "" for an open side), and the range
     is tested as DateRange.contains tests it. A slider at its end leaves that
     side of the range open, as --since or --until left out does. */
  var hiddenClasses = {};
  var ticks = [];
  (function collectTicks() {
    var seen = {};
    function add(day) { if (day && !seen[day]) { seen[day] = true; ticks.push(day); } }
    function addAll(windows) { windows.forEach(function (span) { add(span[0]); add(span[1]); }); }
    data.nodes.forEach(function (node) { if (node.ev) addAll(node.w || []); });
    data.edges.forEach(function (edge) { (edge.spans || []).forEach(addAll); });
    ticks.sort();
  })();

  var fromInput = document.getElementById("time-from");
  var toInput = document.getElementById("time-to");
  var openInput = document.getElementById("time-open");
  var timeSection = document.getElementById("time");
  if (ticks.length) {
    fromInput.max = toInput.max = String(ticks.length - 1);
    toInput.value = String(ticks.length - 1);
  } else {
    timeSection.hidden = true;
  }

  /* whether a class or a time bound hides something (what a fold hides aside) */
  function filtered(win) {
    return win.active || Object.keys(hiddenClasses).length > 0;
  }

  function range() {
    var from = Number(fromInput.value), to = Number(toInput.value);
    var first = from > 0 ? ticks[from] : "", last = to < ticks.length - 1 ? ticks[to] : "";
    return {
      from: ticks[from], to: ticks[to], first: first, last: last,
      bounded: Boolean(first || last), open: openInput.checked,
      active: ticks.length > 0 && Boolean(first || last || !openInput.checked)
    };
  }

  /* DateRange.contains of kg/dates.py, word for word. */
  function contains(win, span) {
    if (!win.bounded) return true;
    var first = span[0], last = span[1];
    if (!first && !last) return false;
    if (!first) return !win.first && last <= win.last;
    if (!last) return !win.last && first >= win.first;
    return (!win.first || last >= win.first) && (!win.last || first <= win.last);
  }

  /* DateRange.holds over the judged windows; unticking "open" drops open windows. */
  function inRange(windows, win) {
    if (!win.active) return true;
    return windows.some(function (span) {
      if (!win.open && (!span[0] || !span[1])) return false;
      return contains(win, span);
    });
  }

  var hasEvents = data.nodes.some(function (node) { return node.ev === 1; });

  function applyFilters() {
    var win = range();
    document.getElementById("time-from-label").textContent = win.first || (win.from ? "the start" : "");
    document.getElementById("time-to-label").textContent = win.last || (win.to ? "the end" : "");
    var visible = {};
    data.nodes.forEach(function (node) {
      var shown = !hiddenClasses[node.cls];
      if (shown && node.ev) shown = inRange(node.w || [], win);
      visible[node.id] = shown;
    });
    if (win.active && hasEvents) {
      /* as `kg viz --since/--until`: the events inside, the entities they link to */
      data.nodes.forEach(function (node) {
        if (node.ev || !visible[node.id]) return;
        visible[node.id] = adjacency[node.id].some(function (edge) {
          var other = edge.from === node.id ? edge.to : edge.from;
          return nodeById[other].ev === 1 && visible[other];
        });
      });
    }
    var edgeShown = {};
    var edgeLabels = {};
    data.edges.forEach(function (edge) {
      var shown = visible[edge.from] && visible[edge.to];
      if (shown && edge.spans) {
        var count = edge.spans.filter(function (windows) { return inRange(windows, win); }).length;
        shown = count > 0;
        edgeLabels[edge.id] = count === edge.n ? edge.label : count + " of " + edge.label;
      }
      edgeShown[edge.id] = shown;
    });
    var filtering = filtered(win);
    if (filtering) {
      /* hide what only the hidden nodes and edges connected: a filter leaves no isolate */
      data.nodes.forEach(function (node) {
        if (!visible[node.id] || !adjacency[node.id].length) return;
        var connected = adjacency[node.id].some(function (edge) { return edgeShown[edge.id]; });
        if (!connected) visible[node.id] = false;
      });
      data.edges.forEach(function (edge) {
        if (!visible[edge.from] || !visible[edge.to]) edgeShown[edge.id] = false;
      });
    }
    hooks.masks.forEach(function (mask) { mask(visible, edgeShown); });
    var nodeChanges = [];
    var shownNodes = 0;
    data.nodes.forEach(function (node) {
      var hidden = !visible[node.id];
      if (!hidden) shownNodes++;
      /* a hidden node or edge takes no part in the layout again after a filter */
      if (Boolean(nodes.get(node.id).hidden) !== hidden) nodeChanges.push({ id: node.id, hidden: hidden, physics: !hidden });
    });
    var edgeChanges = [];
    var shownEdges = 0;
    data.edges.forEach(function (edge) {
      var hidden = !edgeShown[edge.id];
      if (!hidden) shownEdges++;
      var current = edges.get(edge.id);
      var change = null;
      if (Boolean(current.hidden) !== hidden) change = { id: edge.id, hidden: hidden, physics: !hidden };
      if (edgeLabels[edge.id] !== undefined && current.label !== edgeLabels[edge.id]) {
        change = change || { id: edge.id };
        change.label = edgeLabels[edge.id];
      }
      if (change) edgeChanges.push(change);
    });
    document.getElementById("counts").textContent =
      shownNodes + " of " + data.nodes.length + " nodes, " + shownEdges + " of " + data.edges.length + " edges shown";
    drawOnce(function () {  /* clusters.js's changes too: vis-network draws at once on an added node */
      if (nodeChanges.length) nodes.update(nodeChanges);
      if (edgeChanges.length) edges.update(edgeChanges);
      hooks.after.forEach(function (after) { after(); });
    });
    placeLabelsSoon();
  }

  Array.prototype.forEach.call(document.querySelectorAll("#legend-classes input[data-class]"), function (box) {
    box.addEventListener("change", function () {
      if (box.checked) delete hiddenClasses[box.getAttribute("data-class")];
      else hiddenClasses[box.getAttribute("data-class")] = true;
      applyFilters();
      fitShown();
    });
  });

  /* ---------- the layout again after a filter ----------
     After a filter the user set (a class unticked, a time slider released;
     not while the replay runs or the timeline pans), what is left is laid out
     again and fitted to the canvas, so that it does not stay where the whole
     graph put it, scattered over empty space. The layout is vis-network's own
     physics (ForceAtlas2), run for a number of steps with nothing drawn,
     then switched off again; it starts from the whole graph's layout (igraph's,
     computed in Python), drawn in by the square root of the share of nodes
     left, so the picture keeps its arrangement and the same filter gives the
     same layout. With no filter left, the whole graph's layout comes back. */
  var SPACING = 70;  /* pixels per square root of the nodes, as kg/viz/layout.py */
  var laying = false, layAgain = false;

  function shownIds() {
    return nodes.getIds({ filter: function (item) { return !item.hidden; } });
  }

  /* through the data set, in one update (vis-network's moveNode would start the
     simulation once per node, later); vis-network keeps whole pixels */
  function moveAll(ids, where, later) {
    drawOnce(function () {
      nodes.update(ids.map(function (id) { return { id: id, x: where[id].x, y: where[id].y }; }));
    }, later);
  }

  /* vis-network's fit counts the labels' boxes, which the placement of the last
     zoom sized (a label of 11 px on screen at a tenth of the scale is 110 px
     wide in the canvas): the view is fitted to the nodes alone, as at first */
  /* a small view is fitted up to twice its size (vis-network's fit stops at 1): it
     fills the canvas, and its labels, which stop growing (MAX_SCREEN_FONT), fit */
  var MAX_FIT_SCALE = 2;
  function fitTo(ids) {
    if (!ids.length || !container.clientWidth || !container.clientHeight) return;  /* --timeline */
    var at = network.getPositions(ids);
    var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    ids.forEach(function (id) {
      var r = (nodes.get(id) || {}).size || 10;
      box.left = Math.min(box.left, at[id].x - r);
      box.right = Math.max(box.right, at[id].x + r);
      box.top = Math.min(box.top, at[id].y - r);
      box.bottom = Math.max(box.bottom, at[id].y + r);
    });
    var scale = Math.min(MAX_FIT_SCALE, container.clientWidth / ((box.right - box.left) * 1.1),
      container.clientHeight / ((box.bottom - box.top) * 1.1));
    network.moveTo({
      position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
      scale: scale,
      animation: false
    });
  }

  function fitted(ids) {
    /* no edge left level, as kg/viz/marks.py's not_level (vis-network#2044) */
    var at = network.getPositions(ids);
    var moved = {};
    data.edges.forEach(function (edge) {
      var a = at[edge.from], b = at[edge.to];
      if (a && b && edge.from !== edge.to && a.y === b.y && !edges.get(edge.id).hidden) {
        b.y += 1;
        moved[edge.to] = b;
      }
    });
    if (Object.keys(moved).length) moveAll(Object.keys(moved).map(Number), moved);
    if (ids.length) fitTo(ids);
    placeLabels();
    document.body.setAttribute("data-layout", "done");
  }

  function layoutShown() {
    if (laying) { layAgain = true; return; }
    var shown = shownIds();
    var home = {};
    data.nodes.forEach(function (node) { home[node.id] = { x: node.x, y: node.y }; });
    document.body.setAttribute("data-layout", "running");
    var clustered = shown.some(function (id) { return !home[id]; });  /* clusters.js's nodes */
    if (!filtered(range()) || shown.length < 3 || clustered) {
      /* no filter (what a fold hides aside): the whole graph's layout; clusters: a fit */
      if (clustered) { fitted(shown); return; }
      moveAll(data.nodes.map(function (node) { return node.id; }), home);
      fitted(shown);
      return;
    }
    /* the left nodes' places in the whole layout, drawn in towards their centre */
    var cx = 0, cy = 0;
    shown.forEach(function (id) { cx += home[id].x; cy += home[id].y; });
    cx /= shown.length;
    cy /= shown.length;
    var shrink = Math.sqrt(shown.length / data.nodes.length);
    var start = {};
    shown.forEach(function (id) {
      start[id] = { x: cx + (home[id].x - cx) * shrink, y: cy + (home[id].y - cy) * shrink };
    });
    moveAll(shown, start, true);  /* drawn once laid out */
    laying = true;
    network.setOptions({
      physics: {
        enabled: true,
        solver: "forceAtlas2Based",
        forceAtlas2Based: { springLength: SPACING * 1.5, avoidOverlap: 0.2 },
        stabilization: { enabled: false, fit: false }
      }
    });
    network.once("stabilizationIterationsDone", function () {
      laying = false;
      drawOnce(function () {
        network.setOptions({ physics: { enabled: false } });
        if (!layAgain) fitted(shownIds());
      });
      if (layAgain) { layAgain = false; layoutShown(); }
    });
    /* vis-network's physics takes about 0.1 s a step at 5,000 nodes: 200 steps up to
       300 nodes, fewer above (60 at 1,000, 12 at 5,000, which the whole layout
       already nearly fits): a few seconds at most */
    network.stabilize(Math.max(12, Math.min(200, Math.round(60000 / shown.length))));
  }

  function fitShown() { layoutShown(); }
  fromInput.addEventListener("change", fitShown);
  toInput.addEventListener("change", fitShown);

  fromInput.addEventListener("input", function () {
    if (Number(fromInput.value) > Number(toInput.value)) toInput.value = fromInput.value;
    applyFilters();
  });
  toInput.addEventListener("input", function () {
    if (Number(toInput.value) < Number(fromInput.value)) fromInput.value = toInput.value;
    applyFilters();
  });
  openInput.addEventListener("change", function () { applyFilters(); fitShown(); });

  /* Replay: a cursor runs from the first date to the last at a steady pace,
     so a gap of ten years takes ten times as long as a gap of one, and the
     whole story takes REPLAY_MS (less when there are few dates); the "to"
     slider follows it. */
  var REPLAY_MS = 20000, REPLAY_STEP_MS = 250, FRAME_MS = 100;

  function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }

  function replayPlan() {
    /* [milliseconds from the start, tick index] for each tick */
    if (!ticks.length) return [];
    var first = dayNumber(ticks[0]), span = dayNumber(ticks[ticks.length - 1]) - first;
    var total = Math.min(REPLAY_MS, REPLAY_STEP_MS * Math.max(ticks.length - 1, 1));
    return ticks.map(function (tick, index) {
      return [span > 0 ? Math.round((dayNumber(tick) - first) / span * total) : 0, index];
    });
  }

  var player = null;
  var playButton = document.getElementById("time-play");
  function stop() {
    if (player !== null) clearInterval(player);
    player = null;
    playButton.textContent = "Replay in time";
  }
  playButton.addEventListener("click", function () {
    if (player !== null) { stop(); return; }
    var plan = replayPlan();
    fromInput.value = "0";
    toInput.value = "0";
    applyFilters();
    playButton.textContent = "Pause";
    var started = Date.now();
    player = setInterval(function () {
      var elapsed = Date.now() - started, index = 0;
      plan.forEach(function (step) { if (step[0] <= elapsed) index = step[1]; });
      if (String(index) !== toInput.value) { toInput.value = String(index); applyFilters(); }
      if (index >= ticks.length - 1) stop();
    }, FRAME_MS);
  });
  document.getElementById("time-reset").addEventListener("click", function () {
    stop();
    fromInput.value = "0";
    toInput.value = String(Math.max(ticks.length - 1, 0));
    openInput.checked = true;
    Array.prototype.forEach.call(document.querySelectorAll("#legend-classes input[data-class]"), function (box) {
      box.checked = true;
    });
    hiddenClasses = {};
    applyFilters();
    layoutShown();
  });

  function setRange(first, last, open) {
    /* for scripts and tests: the ticks closest inside two ISO days */
    var from = 0, to = ticks.length - 1;
    if (first) {
      from = ticks.length - 1;
      for (var i = ticks.length - 1; i >= 0; i--) if (ticks[i] >= first) from = i;
    }
    if (last) {
      to = 0;
      ticks.forEach(function (tick, index) { if (tick <= last) to = index; });
    }
    fromInput.value = String(from);
    toInput.value = String(Math.max(from, to));
    openInput.checked = open !== false;
    applyFilters();
  }

  /* ---------- labels only where they fit ----------
     Disputed nodes, then hubs (by size, which grows with the connections), a label is drawn
     when its box, at the current zoom, overlaps no label already placed;
     zooming in makes room for more, until every label is drawn. A label
     smaller than vis-network's drawThreshold on screen is not drawn anyway. */

  var DRAW_THRESHOLD = ((data.options.nodes || {}).scaling || {}).label
    ? data.options.nodes.scaling.label.drawThreshold : 7;
  var measure = document.createElement("canvas").getContext("2d");
  /* disputes first when they are few (the canvas shows where the sources
     disagree); where there are many, they would crowd out the hubs */
  var disputes = data.nodes.filter(function (node) { return node.dp; }).length;
  var disputesFirst = disputes <= 12;
  var byImportance = data.nodes.slice().sort(function (a, b) {
    var dispute = disputesFirst ? (b.dp || 0) - (a.dp || 0) : 0;
    return dispute || (b.size - a.size) || (a.id - b.id);
  });

  /* a placed label is drawn at least this large on screen, so the hubs of a
     large view keep readable labels when it is zoomed out to fit */
  var MIN_SCREEN_FONT = 11;
  /* and at most this large: zoomed in, the nodes move apart while the labels stop
     growing, so that every label is drawn at last (hubs first at low zoom, all at high) */
  var MAX_SCREEN_FONT = 18;

  /* a label's widest line at a 100 px font, measured once: widths grow with the font;
     vis-network draws a selected node's label in bold, which is wider */
  var widthAt100 = {};
  function labelBox(label, size, centre, scale, font, bold) {
    var lines = label.split("\n");
    var key = (bold ? "b:" : "n:") + label;
    if (widthAt100[key] === undefined) {
      measure.font = (bold ? "bold " : "") + "100px system-ui,sans-serif";
      widthAt100[key] = Math.max.apply(null, lines.map(function (line) {
        return measure.measureText(line).width;
      }));
    }
    var width = widthAt100[key] * font / 100 * 1.02;
    var height = lines.length * font * 1.2;
    var top = centre.y + ((size || 10) + 2) * scale;
    return { left: centre.x - width / 2, right: centre.x + width / 2, top: top, bottom: top + height };
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /* the labels placed so far, in a grid of screen cells: a new box is tested
     against the boxes of the cells it touches, not against every one */
  var CELL = 96;
  function cellsOf(box, visit) {
    var x1 = Math.floor(box.right / CELL), y1 = Math.floor(box.bottom / CELL);
    for (var x = Math.floor(box.left / CELL); x <= x1; x++) {
      for (var y = Math.floor(box.top / CELL); y <= y1; y++) {
        if (visit(x + ":" + y)) return true;
      }
    }
    return false;
  }

  var placing = null;
  function placeLabels() {
    if (placing !== null) { clearTimeout(placing); placing = null; }
    if (!PLACE_LABELS) return 0;
    var scale = network.getScale();
    var at = network.getPositions();
    var grid = {};
    var placed = 0;
    var changes = [];
    var taken = function (box) {
      return cellsOf(box, function (key) {
        return (grid[key] || []).some(function (other) { return overlaps(other, box); });
      });
    };
    var current = {};
    var selected = {};
    network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    var clusterItems = [];
    nodes.get({ fields: ["id", "label", "font", "hidden", "size", "kgLabel", "kgCount"] }).forEach(function (item) {
      current[item.id] = item;
      if (item.kgLabel !== undefined) clusterItems.push(item);
    });
    /* clusters.js's nodes first, the largest first: a cluster's label (its hubs and
       count) is drawn where it overlaps no other label, as a node's is */
    clusterItems.sort(function (a, b) { return (b.kgCount - a.kgCount) || (a.id < b.id ? -1 : 1); });
    clusterItems.forEach(function (item) {
      var label = "";
      if (!item.hidden && at[item.id]) {
        var font = item.font.size * scale;
        var box = labelBox(item.kgLabel, item.size, network.canvasToDOM(at[item.id]), scale, font,
          selected[item.id]);
        if (!taken(box)) {
          cellsOf(box, function (key) { (grid[key] = grid[key] || []).push(box); return false; });
          placed++;
          label = item.kgLabel;
        }
      }
      if ((item.label || "") !== label) changes.push({ id: item.id, label: label });
    });
    byImportance.forEach(function (node) {
      var item = current[node.id];
      if (!item) return;
      var base = (node.font && node.font.size) || 13;
      var label = "", size = base;
      if (!item.hidden && node.label) {
        var font = Math.min(Math.max(base * scale, Math.max(MIN_SCREEN_FONT, DRAW_THRESHOLD)),
          Math.max(MAX_SCREEN_FONT, base));
        var centre = network.canvasToDOM(at[node.id]);
        /* the label's middle line, which its box contains: where that is taken
           (as most are in a large view), the label is not measured */
        var top = centre.y + ((node.size || 10) + 2) * scale;
        var middle = { left: centre.x - 0.5, right: centre.x + 0.5, top: top, bottom: top + font };
        var box = taken(middle) ? null : labelBox(node.label, node.size, centre, scale, font, selected[node.id]);
        var fits = box !== null && !taken(box);
        if (fits) {
          cellsOf(box, function (key) { (grid[key] = grid[key] || []).push(box); return false; });
          placed++;
          label = node.label;
          size = Math.round(font / scale * 10) / 10;
        }
      }
      var now = (item.font && item.font.size) || base;
      if ((item.label || "") !== label || now !== size) {
        changes.push({ id: node.id, label: label, font: Object.assign({}, node.font || {}, { size: size }) });
      }
    });
    if (changes.length) drawOnce(function () { nodes.update(changes); });
    return placed;
  }

  function placeLabelsSoon() {
    if (placing !== null) clearTimeout(placing);
    placing = setTimeout(function () { placing = null; placeLabels(); }, 120);
  }
  network.on("zoom", placeLabelsSoon);
  network.on("dragEnd", placeLabelsSoon);
  network.on("select", placeLabelsSoon);  /* a selected label is bold: wider */

  /* Once every script of the page is loaded (the page calls it last): the filters
     with clusters.js's masks (a large view opens folded or clustered), its fit,
     then the labels placed at that zoom, all before the first draw, which is
     then the stable one (one draw, nothing left to change after it). */
  function start() {
    if (!starting) return;
    drawOnce(function () {  /* nothing is drawn until all of it is done */
      applyFilters();
      hooks.start.forEach(function (begin) { begin(); });
      if (network.getScale() >= 1) fitTo(shownIds());  /* vis-network's fit stopped at 1 */
      if (data.view.centers.length) network.selectNodes(data.view.centers);
      placeLabels();
    });
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-ready", "true");
    });
    starting = false;
    network.body.emitter.emit("_requestRedraw");
  }

  window.kgView = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    find: findNode,
    focus: focusNode,
    showNode: showNode,
    showEdge: showEdge,
    setRange: setRange,
    range: range,
    replayPlan: replayPlan,
    placeLabels: placeLabels,
    start: start,
    fitTo: fitTo,
    tipOf: tipOf,
    fitShown: fitShown,
    layoutShown: layoutShown,
    fade: fade,
    applyFilters: applyFilters,
    hooks: hooks
  };
})();
