/* kg viz: folding and clusters (the data comes from kg/viz/clusters.py).

   Folding hides the topics, commodities and positions and counts them on a
   badge on the nodes they hang from (each one's panel still lists them, with
   their evidence; focusing one unfolds it). Clusters stand for the nodes of a
   class, or of a community, as one node labelled with the class and the
   count, or with the community's hubs and the count; a click opens one.
   Both are masks applied after the class and time filters (view.js's hooks),
   so a filter changes what a cluster holds and its count. A cluster is a node
   of our own in the network's DataSet (ids "cluster:..."), its edges stand for
   the edges between what it holds and the rest. Every text is given to
   vis-network (a canvas) or set with textContent. */
(function () {
  "use strict";

  var view = window.kgView;
  if (!view || !view.data.clusters) return;
  var data = view.data;
  var spec = data.clusters;
  var network = view.network, nodes = view.nodes, edges = view.edges;

  var PREFIX = "cluster:", EDGE_PREFIX = "cluster-edge:";
  var SCREEN_FONT = 14, BADGE_RADIUS = 8;
  var nodeById = {};
  data.nodes.forEach(function (node) { nodeById[node.id] = node; });

  var hangsOn = {};  /* a satellite's id -> the ids it hangs from */
  Object.keys(spec.hosts).forEach(function (key) { hangsOn[Number(key)] = spec.hosts[key]; });

  /* `?cluster=none` (or `class`, `community`) after the file's name opens the page
     so, whatever its size (benchmarks/view_readability.py measures both) */
  var asked = /[?&]cluster=(none|class|community)(&|$)/.exec(window.location.search);
  var state = { fold: Boolean(spec.fold), by: asked ? asked[1] : spec.by || "none", opened: {}, unfolded: {} };
  var folded = {};    /* host id -> the satellites folded into it, as last applied */
  var foldedCount = 0;
  var clusters = {};  /* cluster node id -> { key, members } */
  var memberOf = {};  /* node id -> cluster node id */
  var clusterEdges = {};

  function hideStranded(visible, edgeShown) {
    data.edges.forEach(function (edge) {
      if (!visible[edge.from] || !visible[edge.to]) edgeShown[edge.id] = false;
    });
  }

  function keyOf(node) {
    return state.by === "class" ? "class:" + node.cls : "community:" + spec.community[node.id];
  }

  /* ---------- masks (view.js applies them after its filters) ---------- */

  function foldMask(visible, edgeShown) {
    folded = {};
    foldedCount = 0;
    if (!state.fold) return;
    Object.keys(hangsOn).forEach(function (key) {
      var id = Number(key);
      if (!visible[id] || state.unfolded[id]) return;
      var shownHosts = hangsOn[id].filter(function (host) { return visible[host]; });
      if (!shownHosts.length) return;  /* nothing shown to hang from: it stays */
      visible[id] = false;
      foldedCount++;
      shownHosts.forEach(function (host) { (folded[host] = folded[host] || []).push(id); });
    });
    hideStranded(visible, edgeShown);
  }

  function clusterMask(visible, edgeShown) {
    clusters = {};
    memberOf = {};
    clusterEdges = {};
    if (state.by === "none") return;
    var groups = {};
    data.nodes.forEach(function (node) {
      if (!visible[node.id]) return;
      var key = keyOf(node);
      if (!state.opened[key]) (groups[key] = groups[key] || []).push(node.id);
    });
    Object.keys(groups).forEach(function (key) {
      var members = groups[key];
      /* every class shown is a cluster; a community of one or two stays as it is */
      if (state.by === "community" && members.length < (spec.smallest || 2)) return;
      var id = PREFIX + key;
      clusters[id] = { key: key, members: members };
      members.forEach(function (member) { memberOf[member] = id; });
    });
    data.edges.forEach(function (edge) {
      if (!edgeShown[edge.id]) return;
      var from = memberOf[edge.from] || edge.from, to = memberOf[edge.to] || edge.to;
      if (from === to || (from === edge.from && to === edge.to)) return;
      var pair = String(from) < String(to) ? [from, to] : [to, from];
      var id = EDGE_PREFIX + pair[0] + "|" + pair[1];
      (clusterEdges[id] = clusterEdges[id] || { from: pair[0], to: pair[1], n: 0 }).n++;
    });
    Object.keys(memberOf).forEach(function (member) { visible[member] = false; });
    hideStranded(visible, edgeShown);
  }

  /* ---------- what the masks leave: cluster nodes and edges, tips, counts ---------- */

  function cut(text, length) {
    return text.length > length ? text.slice(0, length - 1) + "…" : text;
  }

  function wrap(text, width) {
    /* words on lines of about `width` characters: a class's cluster is one cell of a grid */
    var lines = [];
    text.split(" ").forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += " " + word;
      else lines.push(word);
    });
    return lines.join("\n");
  }

  function ranked(members) {
    /* the hubs first: not a topic or position, then the most connected (size), then by label */
    return members.slice().sort(function (a, b) {
      var satellite = (hangsOn[a] ? 1 : 0) - (hangsOn[b] ? 1 : 0);
      return satellite || (nodeById[b].size - nodeById[a].size) ||
        (data.details[a].label < data.details[b].label ? -1 : 1);
    });
  }

  function clusterNode(id, at, scale) {
    var cluster = clusters[id];
    var members = cluster.members;
    var count = members.length + (members.length === 1 ? " node" : " nodes");
    var first = nodeById[ranked(members)[0]];
    var label, tip;
    if (state.by === "class") {
      var cls = data.details[members[0]].cls;
      label = wrap(cls, 14) + "\n" + count;
      tip = cls + ": " + count + ". Click to open.";
    } else {
      var hubs = ranked(members).slice(0, 3).map(function (member) { return data.details[member].label; });
      label = hubs.slice(0, 2).map(function (hub) { return cut(hub, 26); }).join(",\n") + "\n" + count;
      tip = "A community of " + count + " around " + hubs.join(", ") + ". Click to open.";
    }
    return {
      /* kgLabel: the label, which view.js's placement draws where it fits */
      id: id, label: label, kgLabel: label, tip: tip, x: at.x, y: at.y,
      shape: first.shape, color: first.color,
      size: Math.min(14 + 4 * Math.sqrt(members.length), 60),
      borderWidth: 3, shapeProperties: { borderDashes: [2, 2] },
      font: { size: fontSize(scale), strokeWidth: 3 },
      kgCluster: cluster.key, kgCount: members.length
    };
  }

  function places() {
    /* the communities as kg/viz/clusters.py laid them out (the graph of the
       communities); the classes, which are everywhere, on a grid; both around
       the middle of what they hold */
    var at = {};
    var ids = Object.keys(clusters);
    var positions = network.getPositions(Object.keys(memberOf).map(Number));
    function mean(members) {
      var x = 0, y = 0;
      members.forEach(function (member) { x += positions[member].x; y += positions[member].y; });
      return { x: x / members.length, y: y / members.length };
    }
    if (!ids.length) return at;
    var middle = mean(Object.keys(memberOf).map(Number));
    if (state.by === "community") {
      ids.forEach(function (id) {
        var place = spec.places[spec.community[clusters[id].members[0]]];
        at[id] = { x: middle.x + place[0], y: middle.y + place[1] };
      });
      return at;
    }
    ids.sort(function (a, b) {
      return (clusters[b].members.length - clusters[a].members.length) || (a < b ? -1 : 1);
    });
    var columns = Math.ceil(Math.sqrt(ids.length)), rows = Math.ceil(ids.length / columns);
    var GAP = 260;
    ids.forEach(function (id, index) {
      at[id] = {
        x: middle.x + (index % columns - (columns - 1) / 2) * GAP,
        y: middle.y + (Math.floor(index / columns) - (rows - 1) / 2) * GAP
      };
    });
    return at;
  }

  function afterFilters() {
    var scale = network.getScale();
    var at = places();
    var wanted = Object.keys(clusters).map(function (id) { return clusterNode(id, at[id], scale); });
    var stale = nodes.getIds({ filter: function (node) { return Boolean(node.kgCluster) && !clusters[node.id]; } });
    var staleEdges = edges.getIds({ filter: function (edge) { return Boolean(edge.kgCluster) && !clusterEdges[edge.id]; } });
    if (staleEdges.length) edges.remove(staleEdges);
    if (stale.length) nodes.remove(stale);
    wanted = changed(nodes, wanted);
    if (wanted.length) nodes.update(wanted);
    var links = Object.keys(clusterEdges).map(function (id) {
      var link = clusterEdges[id];
      return {
        id: id, from: link.from, to: link.to, kgCluster: true, label: "",
        width: Math.round((1 + 1.5 * Math.log2(link.n)) * 100) / 100,
        color: { color: "#9a9a9a", highlight: "#555555" },
        arrows: { to: { enabled: false } },
        tip: link.n + (link.n === 1 ? " edge" : " edges") + " between what these stand for"
      };
    });
    links = changed(edges, links);
    if (links.length) edges.update(links);
    var counts = document.getElementById("counts");
    var notes = [];
    if (foldedCount) notes.push(foldedCount + " folded into the nodes they hang from");
    var held = Object.keys(memberOf).length, made = Object.keys(clusters).length;
    if (made) notes.push(held + " in " + made + (made === 1 ? " cluster" : " clusters") + " (click one to open it)");
    if (notes.length) counts.textContent += "; " + notes.join("; ");
  }

  function changed(set, items) {
    /* only what differs from the DataSet: vis redoes a node or an edge for each update */
    var drawn = {};
    set.get(items.map(function (item) { return item.id; })).forEach(function (item) {
      if (item) drawn[item.id] = item;
    });
    return items.filter(function (item) {
      var now = drawn[item.id];
      return !now || Object.keys(item).some(function (key) {
        return JSON.stringify(item[key]) !== JSON.stringify(now[key]);
      });
    });
  }

  /* a host's tooltip names what is folded into it, when it is shown (not kept in
     the DataSet: vis-network would redo every host at each fold) */
  view.hooks.tip.push(function (kind, id, text) {
    if (kind !== "node" || !folded[id]) return text;
    var names = folded[id].map(function (satellite) { return data.details[satellite].label; });
    return text + "\nFolded in (" + names.length + "): " + names.join(", ");
  });

  /* ---------- badges: how many are folded into a node ---------- */

  network.on("afterDrawing", function (context) {
    var hosts = Object.keys(folded).filter(function (host) {
      var item = nodes.get(Number(host));
      return item && !item.hidden;
    }).map(Number);
    if (!hosts.length) return;
    var scale = network.getScale();
    var positions = network.getPositions(hosts);
    var radius = BADGE_RADIUS / scale;
    context.save();
    context.font = "bold " + (11 / scale) + "px system-ui,sans-serif";
    context.textAlign = "center";
    context.textBaseline = "middle";
    hosts.forEach(function (host) {
      var spot = positions[host], size = nodeById[host].size || 10;
      var x = spot.x + size * 0.75, y = spot.y - size * 0.75;
      context.beginPath();
      context.arc(x, y, radius, 0, 2 * Math.PI);
      context.fillStyle = "#3d3d3d";
      context.fill();
      context.lineWidth = 1.5 / scale;
      context.strokeStyle = "#ffffff";
      context.stroke();
      context.fillStyle = "#ffffff";
      context.fillText(String(folded[host].length), x, y + 0.5 / scale);
    });
    context.restore();
  });

  /* ---------- opening, revealing, the controls ---------- */

  function fitAll() {
    var shown = nodes.getIds({ filter: function (node) { return !node.hidden; } });
    if (shown.length) network.fit({ nodes: shown, animation: false });
    view.placeLabels();
  }

  function open(id) {
    var cluster = clusters[id];
    if (!cluster) return false;
    state.opened[cluster.key] = true;
    network.unselectAll();
    view.fade(null);
    view.applyFilters();
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length && clusters[params.nodes[0]]) open(params.nodes[0]);
  });

  /* the clusters' labels keep SCREEN_FONT pixels on screen at any zoom (a fit
     changes the zoom without a zoom event: checked before each drawing) */
  function fontSize(scale) {
    return Math.round(SCREEN_FONT / Math.min(scale, 1) * 10) / 10;
  }
  function fontChanges() {
    var size = fontSize(network.getScale());
    var changes = [];
    Object.keys(clusters).forEach(function (id) {
      var item = nodes.get(id);
      if (item && Math.abs(item.font.size - size) > 0.02 * size) {
        changes.push({ id: id, font: { size: size, strokeWidth: 3 } });
      }
    });
    return changes;
  }
  network.on("beforeDrawing", function () {
    var changes = fontChanges();
    if (changes.length) setTimeout(function () { nodes.update(changes); view.placeLabels(); }, 0);
  });

  view.hooks.reveal.push(function (id) {
    /* a node folded away or in a cluster is shown when it is looked for */
    var changed = false;
    if (memberOf[id]) { state.opened[clusters[memberOf[id]].key] = true; changed = true; }
    Object.keys(folded).forEach(function (host) {
      if (folded[host].indexOf(id) >= 0) { state.unfolded[id] = true; changed = true; }
    });
    if (changed) view.applyFilters();
  });
  view.hooks.masks.push(foldMask, clusterMask);
  view.hooks.after.push(afterFilters);

  var foldBox = document.getElementById("fold");
  var byMenu = document.getElementById("cluster-by");
  if (foldBox) {
    foldBox.checked = state.fold;
    if (!Object.keys(hangsOn).length) foldBox.closest("label").style.display = "none";  /* nothing to fold */
    foldBox.addEventListener("change", function () { setFold(foldBox.checked); });
  }
  if (byMenu) {
    byMenu.value = state.by;
    byMenu.addEventListener("change", function () { setBy(byMenu.value); });
  }
  var closeButton = document.getElementById("cluster-close");
  if (closeButton) closeButton.addEventListener("click", function () { setBy(state.by); });

  function setFold(on) {
    state.fold = Boolean(on);
    state.unfolded = {};
    if (foldBox) foldBox.checked = state.fold;
    view.applyFilters();
    fitAll();
  }

  function setBy(mode) {
    state.by = mode === "class" || mode === "community" ? mode : "none";
    state.opened = {};
    if (byMenu) byMenu.value = state.by;
    view.applyFilters();
    fitAll();
  }

  /* at the start (view.js has applied the filters with these masks): a view that
     opens folded or clustered is fitted to what it shows, the clusters' labels
     sized for that zoom, before view.js places the labels and draws once */
  view.hooks.start.push(function () {
    if (!state.fold && state.by === "none") return;
    /* fitted to the nodes' places (vis-network's fit needs the boxes of a drawing) */
    view.fitTo(nodes.getIds({ filter: function (node) { return !node.hidden; } }));
    var changes = fontChanges();
    if (changes.length) nodes.update(changes);
  });

  view.clusters = {
    fold: setFold,
    by: setBy,
    open: open,
    state: state,
    /* for scripts and tests: the clusters shown, and what is folded into what */
    list: function () {
      return Object.keys(clusters).map(function (id) {
        return { id: id, key: clusters[id].key, label: nodes.get(id).kgLabel, drawn: Boolean(nodes.get(id).label), members: clusters[id].members.slice() };
      });
    },
    folded: function () { return JSON.parse(JSON.stringify(folded)); }
  };
})();
