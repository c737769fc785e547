/*
 * Switchboard flow designer (FL-1): a Drawflow canvas for a flow graph. The graph travels to and from the server as the
 * JSON of FlowGraph in a hidden input ({nodes: [...], edges: [{from, port, to}]}); each Drawflow node keeps its flow
 * node's fields in its data and one output per exit ("port"). Texts come from the page (window.sbFlowTexts), the skill
 * groups and bots to choose from from window.sbFlowChoices.
 */
(function () {
    'use strict';

    /** The fixed exits of each kind; a menu's options and a condition's branches come before them. */
    var KINDS = {
        START: ['next'], MESSAGE: ['next'], MENU: ['failed', 'timeout'], CONDITION: ['default'],
        COLLECT: ['next', 'failed', 'timeout'], HTTP: ['next', 'failed'], SERVICE_TIME: ['open', 'closed'],
        TRANSFER: ['failed'], BOT: ['next'], SATISFACTION: ['next', 'timeout'], END: []
    };

    var editor = null;
    var selected = null;

    var t = window.sbFlowForm.t;
    var esc = window.sbFlowForm.esc;
    var nameOf = window.sbFlowForm.nameOf;

    function portsOf(data) {
        var dynamic = [];
        if (data.kind === 'MENU') {
            dynamic = (data.options || []).map(function (o) { return o.key; });
        } else if (data.kind === 'CONDITION') {
            dynamic = (data.branches || []).map(function (b) { return b.port; });
        }
        return dynamic.concat(KINDS[data.kind] || []);
    }

    function summary(data) {
        var s = data.label || data.text || data.url || '';
        if (data.kind === 'TRANSFER' && data.skillGroupId != null) {
            s = s || nameOf('groups', data.skillGroupId);
        }
        if (data.kind === 'BOT' && data.botId != null) {
            s = s || nameOf('bots', data.botId);
        }
        return s.length > 40 ? s.substring(0, 40) + '…' : s;
    }


    function html(data) {
        return '<div class="sb-node sb-node-' + data.kind.toLowerCase() + '" data-node="' + esc(data.id) + '">'
            + '<div class="sb-node-kind">' + esc(t('kind.' + data.kind)) + ' <span class="sb-node-id">' + esc(data.id) + '</span></div>'
            + '<div class="sb-node-summary">' + esc(summary(data)) + '</div>'
            + '<ul class="sb-node-ports">' + portsOf(data).map(function (p) {
                return '<li>' + esc(t('port.' + p) === 'port.' + p ? p : t('port.' + p)) + '</li>';
            }).join('') + '</ul></div>';
    }

    function fresh(kind) {
        var used = {};
        Object.values(editor.drawflow.drawflow.Home.data).forEach(function (n) { used[n.data.id] = true; });
        var base = kind === 'START' ? 'start' : kind.toLowerCase().replace('_', '-');
        var id = base;
        for (var i = 2; used[id]; i++) {
            id = base + '-' + i;
        }
        var data = {id: id, kind: kind};
        if (kind === 'MENU') {
            data.text = t('default.menuText');
            data.options = [{key: '1', label: t('default.option')}];
        } else if (kind === 'CONDITION') {
            data.branches = [{port: 'yes', label: '', checks: [{subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''}]}];
        } else if (kind === 'COLLECT') {
            data.input = 'TEXT';
            data.variable = '';
        } else if (kind === 'MESSAGE' || kind === 'SATISFACTION') {
            data.text = '';
        }
        return data;
    }

    function add(data, x, y) {
        var ports = portsOf(data).length;
        return editor.addNode(data.kind, data.kind === 'START' ? 0 : 1, ports, x, y, 'sb-flow-node', data, html(data));
    }

    function dfNode(id) {
        return editor.getNodeFromId(id);
    }

    function byFlowId(flowId) {
        var all = editor.drawflow.drawflow.Home.data;
        for (var k in all) {
            if (all[k].data.id === flowId) {
                return all[k];
            }
        }
        return null;
    }

    /** Draws a graph (FlowGraph JSON) on an empty canvas. */
    function load(graph) {
        editor.clear();
        selected = null;
        renderForm();
        var ids = {};
        (graph.nodes || []).forEach(function (n, i) {
            var data = JSON.parse(JSON.stringify(n));
            delete data.x;
            delete data.y;
            ids[n.id] = add(data, n.x != null ? n.x : 40 + (i % 4) * 260, n.y != null ? n.y : 40 + Math.floor(i / 4) * 170);
        });
        (graph.edges || []).forEach(function (e) {
            var from = ids[e.from], to = ids[e.to];
            if (from == null || to == null) {
                return;
            }
            var index = portsOf(dfNode(from).data).indexOf(e.port);
            if (index >= 0) {
                editor.addConnection(from, to, 'output_' + (index + 1), 'input_1');
            }
        });
    }

    /** The canvas as FlowGraph JSON. */
    function graph() {
        var nodes = [], edges = [];
        var all = editor.drawflow.drawflow.Home.data;
        Object.keys(all).forEach(function (k) {
            var n = all[k];
            var node = JSON.parse(JSON.stringify(n.data));
            node.x = Math.round(n.pos_x);
            node.y = Math.round(n.pos_y);
            nodes.push(node);
            var ports = portsOf(n.data);
            Object.keys(n.outputs).forEach(function (out) {
                var port = ports[parseInt(out.substring('output_'.length), 10) - 1];
                n.outputs[out].connections.forEach(function (c) {
                    edges.push({from: n.data.id, port: port, to: all[c.node].data.id});
                });
            });
        });
        return {nodes: nodes, edges: edges};
    }

    /** Redraws a node whose exits changed, keeping the edges of the exits it still has. */
    function rebuild(id, data) {
        var old = dfNode(id);
        var oldPorts = portsOf(old.data);
        var outgoing = [], incoming = [];
        Object.keys(old.outputs).forEach(function (out) {
            var port = oldPorts[parseInt(out.substring(7), 10) - 1];
            old.outputs[out].connections.forEach(function (c) { outgoing.push({port: port, to: c.node}); });
        });
        Object.keys(old.inputs).forEach(function (inp) {
            old.inputs[inp].connections.forEach(function (c) { incoming.push({from: c.node, output: c.input}); });
        });
        var x = old.pos_x, y = old.pos_y;
        editor.removeNodeId('node-' + id);
        var made = add(data, x, y);
        var ports = portsOf(data);
        outgoing.forEach(function (e) {
            var index = ports.indexOf(e.port);
            if (index >= 0) {
                editor.addConnection(made, e.to, 'output_' + (index + 1), 'input_1');
            }
        });
        incoming.forEach(function (e) { editor.addConnection(e.from, made, e.output, 'input_1'); });
        return made;
    }

    function renderForm() {
        var box = document.getElementById('sb-flow-form');
        if (!box) {
            return;
        }
        box.innerHTML = selected == null || !dfNode(selected) ? '<p class="sb-help">' + esc(t('form.none')) + '</p>'
            : window.sbFlowForm.html(dfNode(selected).data);
    }

    function read(box, d) {
        return window.sbFlowForm.read(box, d);
    }

    function apply() {
        var box = document.getElementById('sb-flow-form');
        var node = dfNode(selected);
        var data = read(box, node.data);
        if (!data.id) {
            data.id = node.data.id;
        }
        if (portsOf(data).join('|') !== portsOf(node.data).join('|')) {
            selected = rebuild(selected, data);
        } else {
            editor.updateNodeDataFromId(selected, data);
            var content = document.querySelector('#node-' + selected + ' .drawflow_content_node');
            if (content) {
                content.innerHTML = html(data);
            }
        }
        changed();
        renderForm();
    }

    function onFormClick(ev) {
        var act = ev.target.getAttribute && ev.target.getAttribute('data-act');
        if (!act || selected == null) {
            return;
        }
        var box = document.getElementById('sb-flow-form');
        var node = dfNode(selected);
        if (act === 'apply') {
            apply();
            return;
        }
        if (act === 'remove') {
            if (window.confirm(t('form.deleteConfirm'))) {
                editor.removeNodeId('node-' + selected);
                selected = null;
                changed();
                renderForm();
            }
            return;
        }
        // branch editing: take what is typed, change the list, show it again (applied with "apply")
        var data = read(box, node.data);
        var fs = ev.target.closest('.sb-branch');
        var bi = fs ? parseInt(fs.getAttribute('data-branch'), 10) : -1;
        if (act === 'add-branch') {
            data.branches.push({port: 'b' + (data.branches.length + 1), label: null,
                checks: [{subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''}]});
        } else if (act === 'drop-branch') {
            data.branches.splice(bi, 1);
        } else if (act === 'add-check') {
            data.branches[bi].checks.push({subject: 'VARIABLE', name: '', op: 'EQUALS', value: ''});
        } else if (act === 'drop-check') {
            data.branches[bi].checks.splice(parseInt(ev.target.closest('.sb-check').getAttribute('data-check'), 10), 1);
        }
        editor.updateNodeDataFromId(selected, Object.assign({}, node.data, {branches: data.branches}));
        node.data.branches = data.branches;
        renderForm();
    }

    /** Every hidden input that carries the graph to the server (the designer's form and the trial's). */
    function store() {
        var json = JSON.stringify(graph());
        document.querySelectorAll('[data-flow-graph]').forEach(function (h) { h.value = json; });
    }

    function changed() {
        store();
        var dirty = document.getElementById('sb-flow-dirty');
        if (dirty) {
            dirty.textContent = t('unsaved');
        }
    }

    /** Marks the nodes the server named in its problems (and clears the others). */
    function mark(nodeIds) {
        document.querySelectorAll('.sb-node-problem').forEach(function (el) { el.classList.remove('sb-node-problem'); });
        (nodeIds || []).forEach(function (id) {
            var n = byFlowId(id);
            var el = n && document.getElementById('node-' + n.id);
            if (el) {
                el.classList.add('sb-node-problem');
            }
        });
    }

    function focus(flowNodeId) {
        var n = byFlowId(flowNodeId);
        if (!n) {
            return;
        }
        var el = document.getElementById('node-' + n.id);
        if (el) {
            el.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));
            el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            el.scrollIntoView({block: 'center', inline: 'center'});
        }
        selected = n.id;
        renderForm();
    }

    function init() {
        var canvas = document.getElementById('sb-flow-canvas');
        if (!canvas || typeof Drawflow === 'undefined') {
            return;
        }
        editor = new Drawflow(canvas);
        editor.reroute = false;
        editor.start();
        var hidden = document.querySelector('[data-flow-graph]');
        load(JSON.parse(hidden && hidden.value ? hidden.value : '{"nodes":[],"edges":[]}'));
        store();
        editor.on('nodeSelected', function (id) { selected = id; renderForm(); });
        editor.on('nodeUnselected', function () { selected = null; renderForm(); });
        ['nodeMoved', 'connectionCreated', 'connectionRemoved', 'nodeRemoved'].forEach(function (e) { editor.on(e, changed); });
        editor.on('connectionCreated', function (c) {
            // one edge per exit: a new edge from an exit replaces the older one
            var out = dfNode(c.output_id).outputs[c.output_class].connections;
            out.filter(function (x) { return String(x.node) !== String(c.input_id); }).forEach(function (x) {
                editor.removeSingleConnection(c.output_id, x.node, c.output_class, x.output);
            });
        });
        document.getElementById('sb-flow-form').addEventListener('click', onFormClick);
        document.querySelectorAll('[data-add-kind]').forEach(function (b) {
            b.addEventListener('click', function () {
                var kind = b.getAttribute('data-add-kind');
                var rect = canvas.getBoundingClientRect();
                var zoom = editor.zoom || 1;
                var x = (rect.width / 2 - editor.canvas_x) / zoom - 100 + Math.random() * 60;
                var y = (rect.height / 2 - editor.canvas_y) / zoom - 60 + Math.random() * 60;
                selected = add(fresh(kind), x, y);
                changed();
                renderForm();
            });
            b.setAttribute('draggable', 'true');
            b.addEventListener('dragstart', function (ev) { ev.dataTransfer.setData('text/plain', b.getAttribute('data-add-kind')); });
        });
        canvas.addEventListener('dragover', function (ev) { ev.preventDefault(); });
        canvas.addEventListener('drop', function (ev) {
            ev.preventDefault();
            var kind = ev.dataTransfer.getData('text/plain');
            if (!KINDS[kind]) {
                return;
            }
            var rect = editor.precanvas.getBoundingClientRect();
            var zoom = editor.zoom || 1;
            selected = add(fresh(kind), (ev.clientX - rect.left) / zoom, (ev.clientY - rect.top) / zoom);
            changed();
            renderForm();
        });
        var dirty = document.getElementById('sb-flow-dirty');
        if (dirty) {
            dirty.textContent = '';
        }
    }

    window.sbFlow = {
        init: init,
        /** Puts the canvas into the hidden input (before a save, a check, a publish or an export). */
        serialize: function () {
            if (editor) {
                store();
            }
            return true;
        },
        /** Draws the graph now in the hidden input (after the server loaded a version into the draft). */
        reload: function () {
            var hidden = document.querySelector('[data-flow-graph]');
            if (hidden && editor) {
                load(JSON.parse(hidden.value || '{"nodes":[],"edges":[]}'));
                store();
            }
        },
        saved: function () {
            var dirty = document.getElementById('sb-flow-dirty');
            if (dirty) {
                dirty.textContent = '';
            }
        },
        mark: mark,
        focus: focus,
        zoomIn: function () { editor.zoom_in(); },
        zoomOut: function () { editor.zoom_out(); },
        zoomReset: function () { editor.zoom_reset(); },
        graph: function () { return graph(); }
    };
    document.addEventListener('DOMContentLoaded', init);
})();
