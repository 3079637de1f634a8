(function () {
  var scriptStart = performance.now();
  var views = {{VIEWS_JSON}};
  var page = {{PAGE_JSON}};
  var drawn = 0;
  var panels = [];
  var filters = { levelsOff: {}, kindsOff: {}, huvudman: "", date: "" };
  document.body.dataset.views = String(views.length);

  function tipElement(html) {
    // Tooltip HTML is built server-side with every text from the minutes escaped.
    var el = document.createElement("div");
    el.className = "tip";
    el.innerHTML = html;
    return el;
  }
  function inkedPixels(canvas) {
    try {
      var ctx = canvas.getContext("2d");
      var data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      var count = 0;
      for (var i = 3; i < data.length; i += 16) { if (data[i] !== 0) { count++; } }
      return count;
    } catch (e) { return -1; }
  }
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[-\u2010-\u2015]/g, " ").replace(/\s+/g, " ").trim();
  }
  function nameOf(n) { return n.f_name || (typeof n.label === "string" ? n.label : "") || String(n.id); }
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }

  // -- visibility: filters, and groups collapsed under their parent ----------------------------
  function nodeFiltered(n) {
    if (n.f_level && filters.levelsOff[n.f_level]) { return true; }
    if (filters.huvudman && n.f_hm && n.f_hm.indexOf(filters.huvudman) < 0) { return true; }
    if (filters.date && n.f_from && n.f_from > filters.date) { return true; }
    return false;
  }
  function edgeFiltered(e) {
    if (e.f_kind && filters.kindsOff[e.f_kind]) { return true; }
    if (filters.huvudman && e.f_hm && e.f_hm !== filters.huvudman) { return true; }
    if (filters.date && e.f_from && e.f_from > filters.date) { return true; }
    return false;
  }
  function collapsedAway(p, n) {
    var seen = {};
    var parent = n.f_parent;
    while (parent && !seen[parent] && p.byId[parent]) {
      if (p.collapsed[parent]) { return true; }
      seen[parent] = true;
      parent = p.byId[parent].f_parent;
    }
    return false;
  }
  function refresh(p) {
    var hidden = {}, nodeUpdates = [], edgeUpdates = [];
    p.base.nodes.forEach(function (n) {
      var h = nodeFiltered(n) || collapsedAway(p, n);
      hidden[n.id] = h;
      var label = n.label;
      if (p.org && p.children[n.id]) {
        label = p.collapsed[n.id] ? n.label + "\n\u25b8 " + p.children[n.id].length + " dolda" : n.label;
      }
      if (p.state[n.id] !== h || p.labels[n.id] !== label) {
        p.state[n.id] = h;
        p.labels[n.id] = label;
        nodeUpdates.push({ id: n.id, hidden: h, label: label });
      }
    });
    p.base.edges.forEach(function (e) {
      var h = edgeFiltered(e) || !!hidden[e.from] || !!hidden[e.to];
      if (p.estate[e.id] !== h) { p.estate[e.id] = h; edgeUpdates.push({ id: e.id, hidden: h }); }
    });
    if (nodeUpdates.length) { p.nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { p.edges.update(edgeUpdates); }
    if (p.org) { orgLayout(p); }
    p.container.dataset.visible = String(p.base.nodes.filter(function (n) { return !hidden[n.id]; }).length);
    if (p.network) { p.network.redraw(); }
  }
  function refreshAll() { panels.forEach(refresh); }

  // -- organisation-chart layout: parents above their groups, blocks packed tier by tier ---------
  function orgLayout(p) {
    var cfg = p.org, W = cfg.box[0], H = cfg.box[1], GX = 22, GY = 34, RG = 10, IND = W / 2 + 14;
    var tiers = cfg.tiers;
    var visible = p.base.nodes.filter(function (n) { return !p.state[n.id]; });
    var groups = visible.filter(function (n) { return n.kind === "group"; });
    var heads = visible.filter(function (n) { return n.kind === "huvudman"; });
    var shown = {}, kids = {}, roots = [];
    groups.forEach(function (g) { shown[g.id] = true; });
    groups.forEach(function (g) {
      if (g.f_parent && shown[g.f_parent]) { (kids[g.f_parent] = kids[g.f_parent] || []).push(g); }
      else { roots.push(g); }
    });
    function tierIndex(g) { var i = tiers.indexOf(g.f_level); return i < 0 ? tiers.length : i; }
    function order(a, b) {
      return tierIndex(a) - tierIndex(b) || (a.f_sort < b.f_sort ? -1 : a.f_sort > b.f_sort ? 1 : 0);
    }
    function block(g) {
      var ks = (kids[g.id] || []).sort(order);
      if (!ks.length) { return { g: g, w: W, h: H, kids: [] }; }
      var kb = ks.map(block);
      if (kb.every(function (b) { return !b.kids.length; })) {
        var cols = Math.ceil(kb.length / cfg.maxRows), rows = Math.ceil(kb.length / cols);
        return { g: g, kids: kb, stacked: true, rows: rows, w: Math.max(W, IND + cols * (W + GX) - GX),
                 h: H + RG + rows * (H + RG) - RG };
      }
      var sw = kb.reduce(function (a, b) { return a + b.w; }, 0) + GX * (kb.length - 1);
      return { g: g, kids: kb, w: Math.max(W, sw), sw: sw,
               h: H + GY + Math.max.apply(null, kb.map(function (b) { return b.h; })) };
    }
    var pos = {}, lines = [];
    function place(b, x, y) {
      var cx = x + (b.kids.length && !b.stacked ? b.w / 2 : W / 2);
      pos[b.g.id] = { x: cx, y: y + H / 2 };
      if (!b.kids.length) { return; }
      if (b.stacked) {
        var last = 0;
        b.kids.forEach(function (k, i) {
          var col = Math.floor(i / b.rows), row = i % b.rows;
          var kx = x + IND + col * (W + GX), ky = y + H + RG + row * (H + RG);
          place(k, kx, ky);
          var spine = kx - 8;
          lines.push([spine, ky + H / 2, kx, ky + H / 2]);
          if (col === 0) { last = Math.max(last, ky + H / 2); }
          else { lines.push([spine, y + H + RG / 2, spine, ky + H / 2]); lines.push([cx, y + H + RG / 2, spine, y + H + RG / 2]); }
        });
        lines.push([cx, y + H, cx, last]);
        lines.push([cx, last, x + IND - 8, last]);
        return;
      }
      var left = x + (b.w - b.sw) / 2, bar = y + H + GY / 2, first = null, end = null;
      b.kids.forEach(function (k) {
        place(k, left, y + H + GY);
        var kx = pos[k.g.id].x;
        lines.push([kx, bar, kx, y + H + GY]);
        first = first === null ? kx : first;
        end = kx;
        left += k.w + GX;
      });
      lines.push([cx, y + H, cx, bar]);
      lines.push([Math.min(first, cx), bar, Math.max(end, cx), bar]);
    }
    var blocks = roots.sort(order).map(block);
    var area = blocks.reduce(function (a, b) { return a + (b.w + GX) * (b.h + GY); }, 0);
    var widest = Math.max.apply(null, [W * 4].concat(blocks.map(function (b) { return b.w; })));
    var aspect = p.container.clientWidth && p.container.clientHeight ? p.container.clientWidth / p.container.clientHeight : 1.5;
    var maxW = Math.max(widest, 1.3 * Math.sqrt(area * aspect), heads.length * (W + GX) - GX);
    var y = heads.length ? H + GY * 2 + 10 : 0, usedW = 0;
    var band = -1, x = 0, rowH = 0;
    blocks.forEach(function (b) {
      var t = tierIndex(b.g);
      if (t !== band || x + b.w > maxW) {
        if (x > 0) { y += rowH + GY; }
        if (t !== band && band !== -1 && x === 0) { y += 0; }
        band = t; x = 0; rowH = 0;
      }
      place(b, x, y);
      x += b.w + GX;
      usedW = Math.max(usedW, x - GX);
      rowH = Math.max(rowH, b.h);
    });
    var hx = (Math.max(usedW, W) - (heads.length * (W + GX) - GX)) / 2;
    heads.forEach(function (h, i) { pos[h.id] = { x: hx + i * (W + GX) + W / 2, y: H / 2 }; });
    var updates = [];
    Object.keys(pos).forEach(function (id) { updates.push({ id: id, x: pos[id].x, y: pos[id].y }); });
    p.nodes.update(updates);
    p.lines = lines;
    p.frames = (cfg.frames || []).map(function (f) {
      var xs = f.members.filter(function (m) { return pos[m]; }).map(function (m) { return pos[m].x; });
      return xs.length ? { label: f.label, x1: Math.min.apply(null, xs) - W / 2 - 6, x2: Math.max.apply(null, xs) + W / 2 + 6,
                           y1: -6, y2: H + 6 + 16 } : null;
    }).filter(Boolean);
  }
  function drawChart(p, ctx) {
    ctx.save();
    ctx.strokeStyle = p.org.lineColour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    (p.lines || []).forEach(function (l) { ctx.moveTo(l[0], l[1]); ctx.lineTo(l[2], l[3]); });
    ctx.stroke();
    (p.frames || []).forEach(function (f) {
      ctx.setLineDash([5, 4]);
      ctx.strokeStyle = "#52606d";
      ctx.strokeRect(f.x1, f.y1, f.x2 - f.x1, f.y2 - f.y1);
      ctx.setLineDash([]);
      ctx.fillStyle = "#1f2933";
      ctx.font = "12px Segoe UI, Roboto, Arial";
      ctx.fillText(f.label, f.x1 + 4, f.y2 - 4);
    });
    ctx.restore();
  }

  // -- initial view: everything in sight, but never labels smaller than the page allows -------
  function initialView(p) {
    var network = p.network;
    network.fit({ animation: false });
    var scale = network.getScale(), font = p.view.fontSize || 14;
    p.container.dataset.fitScale = scale.toFixed(3);
    if (p.view.minLabelPx && scale * font < p.view.minLabelPx) {
      var ids = p.base.nodes.filter(function (n) { return !p.state[n.id]; }).map(function (n) { return n.id; });
      var positions = network.getPositions(ids);
      var minX = Infinity, maxX = -Infinity, minY = Infinity;
      ids.forEach(function (id) { var q = positions[id]; if (q) { minX = Math.min(minX, q.x); maxX = Math.max(maxX, q.x); minY = Math.min(minY, q.y); } });
      var target = p.view.minLabelPx / font;
      // too large to fit: open on its top left corner, where a reader starts
      network.moveTo({ position: { x: Math.min((minX + maxX) / 2, minX + (p.container.clientWidth / 2) / target - 100),
                                   y: minY + (p.container.clientHeight / 2) / target - 40 },
                       scale: target, animation: false });
    }
    p.container.dataset.labelPx = (network.getScale() * font).toFixed(2);
  }

  // -- build the panels ------------------------------------------------------------------------
  views.forEach(function (view, index) {
    var container = document.getElementById(view.container);
    view.nodes.forEach(function (n) { if (n.title) { n.title = tipElement(n.title); } });
    view.edges.forEach(function (e, i) { if (e.title) { e.title = tipElement(e.title); } if (e.id === undefined) { e.id = "e" + i; } });
    var p = { view: view, index: index, container: container, base: { nodes: view.nodes, edges: view.edges },
              byId: {}, children: {}, collapsed: {}, state: {}, estate: {}, labels: {}, org: view.orgchart || null };
    view.nodes.forEach(function (n) { p.byId[n.id] = n; p.state[n.id] = false; p.labels[n.id] = n.label; });
    view.nodes.forEach(function (n) {
      if (n.f_parent && p.byId[n.f_parent]) { (p.children[n.f_parent] = p.children[n.f_parent] || []).push(n.id); }
    });
    if (p.org && view.nodes.filter(function (n) { return n.kind === "group"; }).length > p.org.collapseOver) {
      // a large structure opens with each parent's leaf groups folded under it
      Object.keys(p.children).forEach(function (id) {
        if (p.children[id].every(function (c) { return !p.children[c]; })) { p.collapsed[id] = true; }
      });
    }
    p.nodes = new vis.DataSet(view.nodes);
    p.edges = new vis.DataSet(view.edges);
    panels.push(p);
    refresh(p);
    var started = performance.now();
    var network = new vis.Network(container, { nodes: p.nodes, edges: p.edges }, view.options);
    p.network = network;
    if (p.org) {
      network.on("beforeDrawing", function (ctx) { drawChart(p, ctx); });
      network.on("click", function (params) {
        if (params.nodes.length === 1 && p.children[params.nodes[0]]) { toggle(p, params.nodes[0]); }
      });
      initialView(p);
      container.dataset.stabilized = String(Math.round(performance.now() - started));
    } else {
      network.once("stabilizationIterationsDone", function () {
        container.dataset.stabilized = String(Math.round(performance.now() - started));
        network.setOptions({ physics: { enabled: false } });
        initialView(p);
      });
    }
    function checkDrawn() {
      if (container.dataset.drawn === "1") { return true; }
      var canvas = container.querySelector("canvas");
      var pixels = canvas ? inkedPixels(canvas) : 0;
      if (pixels > 0) {
        container.dataset.drawn = "1";
        container.dataset.pixels = String(pixels);
        container.dataset.drawnMs = String(Math.round(performance.now()));
        drawn++;
        document.body.dataset.drawn = String(drawn);
        return true;
      }
      return false;
    }
    network.on("afterDrawing", checkDrawn);
    // Drawing runs on animation frames, which a headless or background tab may hold back;
    // a timer check records the canvas all the same.
    var polls = 0;
    var timer = setInterval(function () {
      polls++;
      if (checkDrawn() || polls > 80) { clearInterval(timer); }
      else if (polls % 4 === 0) { network.redraw(); }
    }, 250);
    window["network" + index] = network;
  });

  function toggle(p, id) {
    if (p.collapsed[id]) { delete p.collapsed[id]; } else { p.collapsed[id] = true; }
    refresh(p);
    document.body.dataset.toggled = id;
  }

  // -- search ----------------------------------------------------------------------------------
  var entries = [], seenNames = {};
  panels.forEach(function (p) {
    p.base.nodes.forEach(function (n) {
      if (n.id === "__empty__") { return; }
      var name = nameOf(n);
      entries.push({ key: fold(name), name: name, id: n.id, panel: p });
      seenNames[name] = true;
    });
  });
  var sideItems = Array.prototype.slice.call(document.querySelectorAll("aside.side li[data-id]"));
  sideItems.forEach(function (li) {
    var name = li.dataset.name || li.textContent;
    entries.push({ key: fold(name), name: name, id: li.dataset.id, item: li });
    seenNames[name] = true;
  });
  var datalist = document.getElementById("search-names");
  Object.keys(seenNames).sort().forEach(function (name) { var o = el("option"); o.value = name; datalist.appendChild(o); });

  function findEntries(query) {
    var q = fold(query);
    if (!q) { return []; }
    var words = q.split(" ");
    var tests = [function (k) { return k === q; }, function (k) { return k.indexOf(q) === 0; },
                 function (k) { return words.every(function (w) { return k.indexOf(w) >= 0; }); }];
    for (var t = 0; t < tests.length; t++) {
      var hits = entries.filter(function (e) { return tests[t](e.key); });
      if (hits.length) { return hits; }
    }
    return [];
  }
  function select(query) {
    var hits = findEntries(query);
    var found = document.getElementById("search-found");
    sideItems.forEach(function (li) { li.classList.remove("hit"); });
    if (!hits.length) { found.textContent = "ingen träff"; document.body.dataset.selected = ""; return null; }
    var id = hits[0].id, name = hits[0].name;
    hits.filter(function (h) { return h.id === id; }).forEach(function (h) {
      if (h.item) { h.item.classList.add("hit"); h.item.scrollIntoView({ block: "nearest" }); return; }
      var p = h.panel, n = p.byId[id], parent = n.f_parent, changed = false;
      while (parent && p.byId[parent]) { if (p.collapsed[parent]) { delete p.collapsed[parent]; changed = true; } parent = p.byId[parent].f_parent; }
      if (changed) { refresh(p); }
      if (p.state[id]) { found.textContent = name + " (dold av ett filter)"; return; }
      p.network.selectNodes([id]);
      p.network.focus(id, { scale: Math.max(p.network.getScale(), (p.view.minLabelPx || 0) / (p.view.fontSize || 14), 0.8),
                            animation: false });
    });
    if (!found.textContent || found.textContent.indexOf("dold") < 0) {
      found.textContent = name + (hits.length > 1 ? " (" + hits.length + " träffar)" : "");
    }
    document.body.dataset.selected = id;
    return id;
  }
  var search = document.getElementById("search");
  search.addEventListener("change", function () { document.getElementById("search-found").textContent = ""; select(search.value); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { document.getElementById("search-found").textContent = ""; select(search.value); } });
  Array.prototype.forEach.call(document.querySelectorAll("aside.side input"), function (input) {
    input.addEventListener("input", function () {
      var q = fold(input.value);
      sideItems.forEach(function (li) { li.style.display = !q || fold(li.dataset.name).indexOf(q) >= 0 ? "" : "none"; });
    });
  });

  // -- filter controls, built from what the page holds -------------------------------------------
  function present(list, key) {
    var out = {};
    panels.forEach(function (p) { p.base[list].forEach(function (x) { var v = x[key]; (Array.isArray(v) ? v : [v]).forEach(function (y) { if (y) { out[y] = true; } }); }); });
    return out;
  }
  var box = document.getElementById("filters");
  var facets = page.facets || {};
  var levels = present("nodes", "f_level");
  if (Object.keys(levels).length > 1) {
    var fs = el("fieldset"); fs.appendChild(el("legend", "nivå")); fs.id = "filter-level";
    (facets.levels || Object.keys(levels)).filter(function (l) { return levels[l]; }).forEach(function (l) {
      var label = el("label"), cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.value = l;
      cb.addEventListener("change", function () { if (cb.checked) { delete filters.levelsOff[l]; } else { filters.levelsOff[l] = true; } refreshAll(); });
      label.appendChild(cb); label.appendChild(document.createTextNode(l)); fs.appendChild(label);
    });
    box.appendChild(fs);
  }
  var hms = present("nodes", "f_hm");
  var hmNames = facets.huvudman || {};
  if (Object.keys(hms).some(function (h) { return hmNames[h]; })) {
    var label = el("label", "huvudman "), sel = el("select"); sel.id = "filter-huvudman";
    var all = el("option", "alla"); all.value = ""; sel.appendChild(all);
    Object.keys(hmNames).filter(function (h) { return hms[h]; }).forEach(function (h) {
      var o = el("option", hmNames[h]); o.value = h; sel.appendChild(o);
    });
    sel.addEventListener("change", function () { filters.huvudman = sel.value; refreshAll(); });
    label.appendChild(sel); box.appendChild(label);
  }
  var kinds = present("edges", "f_kind");
  var kindNames = facets.kind || {};
  if (Object.keys(kinds).some(function (k) { return kindNames[k]; })) {
    var kf = el("fieldset"); kf.appendChild(el("legend", "linjer")); kf.id = "filter-kind";
    Object.keys(kindNames).filter(function (k) { return kinds[k]; }).forEach(function (k) {
      var label = el("label"), cb = el("input"); cb.type = "checkbox"; cb.value = k;
      cb.checked = !(facets.kindOff || []).includes(k);
      if (!cb.checked) { filters.kindsOff[k] = true; }
      cb.addEventListener("change", function () { if (cb.checked) { delete filters.kindsOff[k]; } else { filters.kindsOff[k] = true; } refreshAll(); });
      label.appendChild(cb); label.appendChild(document.createTextNode(kindNames[k])); kf.appendChild(label);
    });
    box.appendChild(kf);
    if (Object.keys(filters.kindsOff).length) { refreshAll(); }
  }
  var dates = Object.keys(present("nodes", "f_from")).concat(Object.keys(present("edges", "f_from")));
  dates = dates.filter(function (d, i) { return dates.indexOf(d) === i; }).sort();
  if (dates.length) {
    var dl = el("label", "per "), input = el("input"), slider = el("input");
    input.type = "date"; input.id = "filter-date"; input.min = dates[0]; input.max = dates[dates.length - 1];
    slider.type = "range"; slider.id = "filter-date-slider"; slider.min = "0"; slider.max = String(dates.length);
    slider.value = String(dates.length); slider.title = "visa det som fanns registrerat per ett datum";
    input.addEventListener("change", function () { filters.date = input.value; refreshAll(); });
    slider.addEventListener("input", function () {
      var i = Number(slider.value);
      filters.date = i >= dates.length ? "" : dates[i];
      input.value = filters.date;
      refreshAll();
    });
    dl.appendChild(input); dl.appendChild(slider); box.appendChild(dl);
  }

  // -- take it with you: PNG, SVG, print -------------------------------------------------------
  function legendItems() {
    return Array.prototype.map.call(document.querySelectorAll(".legend .item"), function (item) {
      var sw = item.querySelector(".swatch"), line = item.querySelector(".line"), st = getComputedStyle(sw || line);
      return { text: item.textContent.trim(), line: !!line, colour: line ? st.borderTopColor : st.backgroundColor,
               dashed: line ? st.borderTopStyle !== "solid" : false, round: sw ? st.borderRadius === "50%" : false };
    });
  }
  function fileName(ext) { return (document.title || "samverkan").replace(/[^\wåäöÅÄÖ -]+/g, "").trim().replace(/\s+/g, "-") + "." + ext; }
  function download(href, name) { var a = el("a"); a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove(); }
  function pngCanvas() {
    var canvases = panels.map(function (p) { return p.container.querySelector("canvas"); }).filter(Boolean);
    var items = legendItems(), pad = 16, head = 54, per = 260;
    var width = Math.max.apply(null, [600].concat(canvases.map(function (c) { return c.width; })));
    var legendRows = Math.ceil(items.length / Math.max(1, Math.floor(width / per)));
    var height = head + canvases.reduce(function (a, c) { return a + c.height + pad; }, 0) + legendRows * 20 + pad;
    var out = el("canvas"); out.width = width + 2 * pad; out.height = height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = "#1f2933"; ctx.font = "bold 20px Segoe UI, Roboto, Arial"; ctx.fillText(document.title, pad, 26);
    ctx.font = "12px Segoe UI, Roboto, Arial"; ctx.fillStyle = "#52606d"; ctx.fillText(page.dataDate || "", pad, 44);
    var y = head;
    canvases.forEach(function (c) { ctx.drawImage(c, pad, y); y += c.height + pad; });
    var cols = Math.max(1, Math.floor(width / per));
    items.forEach(function (it, i) {
      var x = pad + (i % cols) * per, ly = y + Math.floor(i / cols) * 20;
      ctx.fillStyle = it.colour; ctx.strokeStyle = it.colour;
      if (it.line) { ctx.lineWidth = 3; ctx.setLineDash(it.dashed ? [6, 4] : []); ctx.beginPath(); ctx.moveTo(x, ly + 7); ctx.lineTo(x + 24, ly + 7); ctx.stroke(); ctx.setLineDash([]); }
      else { ctx.fillRect(x + 5, ly, 14, 14); }
      ctx.fillStyle = "#1f2933"; ctx.fillText(it.text, x + 30, ly + 11);
    });
    return out;
  }
  function exportPng(save) {
    var url = pngCanvas().toDataURL("image/png");
    document.body.dataset.pngBytes = String(Math.round(url.length * 3 / 4));
    if (save) { download(url, fileName("png")); }
    return url;
  }
  function xml(text) { return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"); }
  function colourOf(c, key) { return typeof c === "string" ? c : (c && (c[key] || c.color || c.background)) || "#97c2fc"; }
  function exportSvg(save) {
    var parts = [], y0 = 50, width = 0;
    panels.forEach(function (p) {
      var ids = p.base.nodes.filter(function (n) { return !p.state[n.id]; }).map(function (n) { return n.id; });
      var pos = p.network.getPositions(ids), boxes = {};
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      ids.forEach(function (id) { var b = p.network.getBoundingBox(id); boxes[id] = b; minX = Math.min(minX, b.left); minY = Math.min(minY, b.top); maxX = Math.max(maxX, b.right); maxY = Math.max(maxY, b.bottom); });
      if (!ids.length) { return; }
      var dx = 10 - minX, dy = y0 - minY, g = [];
      (p.lines || []).forEach(function (l) { g.push('<line x1="' + (l[0] + dx) + '" y1="' + (l[1] + dy) + '" x2="' + (l[2] + dx) + '" y2="' + (l[3] + dy) + '" stroke="' + xml(p.org.lineColour) + '" stroke-width="1.5"/>'); });
      p.edges.get({ filter: function (e) { return !e.hidden; } }).forEach(function (e) {
        var a = pos[e.from], b = pos[e.to];
        if (!a || !b) { return; }
        var dash = Array.isArray(e.dashes) ? e.dashes.join(",") : e.dashes ? "5,5" : "";
        g.push('<line x1="' + (a.x + dx) + '" y1="' + (a.y + dy) + '" x2="' + (b.x + dx) + '" y2="' + (b.y + dy) + '" stroke="' + xml(colourOf(e.color, "color")) + '" stroke-opacity="' + (e.color && e.color.opacity || 1) + '" stroke-width="' + (e.width || 1) + '"' + (dash ? ' stroke-dasharray="' + dash + '"' : "") + '/>');
      });
      ids.forEach(function (id) {
        var n = p.nodes.get(id), b = boxes[id], c = n.color;
        g.push('<rect x="' + (b.left + dx) + '" y="' + (b.top + dy) + '" width="' + (b.right - b.left) + '" height="' + (b.bottom - b.top) + '" rx="4" fill="' + xml(colourOf(c, "background")) + '" stroke="' + xml(c && c.border || "#52606d") + '"/>');
        var lines = String(n.label || "").split("\n"), fc = (n.font && n.font.color) || "#1f2933";
        lines.forEach(function (t, i) {
          g.push('<text x="' + (pos[id].x + dx) + '" y="' + (pos[id].y + dy + (i - (lines.length - 1) / 2) * 16 + 5) + '" font-size="13" text-anchor="middle" fill="' + xml(fc) + '">' + xml(t) + '</text>');
        });
      });
      parts.push("<g>" + g.join("") + "</g>");
      width = Math.max(width, maxX - minX + 20);
      y0 += maxY - minY + 30;
    });
    var svg = '<svg xmlns="http://www.w3.org/2000/svg" width="' + Math.ceil(width) + '" height="' + Math.ceil(y0) + '" font-family="Segoe UI, Roboto, Arial">' +
      '<rect width="100%" height="100%" fill="#ffffff"/><text x="10" y="24" font-size="20" font-weight="bold">' + xml(document.title) + '</text>' +
      '<text x="10" y="42" font-size="12" fill="#52606d">' + xml(page.dataDate || "") + '</text>' + parts.join("") + "</svg>";
    document.body.dataset.svgBytes = String(svg.length);
    if (save) { download(URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })), fileName("svg")); }
    return svg;
  }
  document.getElementById("save-png").addEventListener("click", function () { exportPng(true); });
  document.getElementById("save-svg").addEventListener("click", function () { exportSvg(true); });
  document.getElementById("print-page").addEventListener("click", function () { window.print(); });
  window.addEventListener("beforeprint", function () {
    panels.forEach(function (p) { p.network.setSize("100%", "560px"); p.network.redraw(); p.network.fit({ animation: false }); });
  });
  window.addEventListener("afterprint", function () {
    panels.forEach(function (p) { p.network.setSize("100%", "100%"); p.network.redraw(); initialView(p); });
  });

  // how long the page took: parsed up to this script, and the script itself (data, layout, first fit)
  document.body.dataset.scriptStartMs = String(Math.round(scriptStart));
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  window.samverkan = { panels: panels, select: select, toggle: function (id) {
    panels.forEach(function (p) { if (p.children[id]) { toggle(p, id); } });
  }, filters: filters, refresh: refreshAll, exportPng: exportPng, exportSvg: exportSvg };
})();
